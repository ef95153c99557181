package io.tsutawaru.notifier;

import java.util.Set;

/**
 * A resident's attributes that segment rules select on. A null means "not chosen".
 *
 * @param area the district, one of {@link AttributeCatalog#areas()}
 * @param ageBand one of {@link AttributeCatalog#ageBands()}
 * @param interests topics the resident wants, from {@link AttributeCatalog#interests()};
 * never null
 * @param language {@code ja}, {@code en} or {@code easy-ja}
 */
public record Preferences(String area, String ageBand, Set<String> interests, String language) {

	/** Nothing chosen yet. */
	public static final Preferences NONE = new Preferences(null, null, Set.of(), null);

	public Preferences {
		interests = interests == null ? Set.of() : Set.copyOf(interests);
	}

}
