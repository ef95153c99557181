package io.tsutawaru.notifier.segment;

import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.Preferences;

/** A parsed segment rule: a closed tree of conditions over subscriber attributes. */
public sealed interface SegmentRule {

	/** Whether a resident with these attributes is selected. */
	boolean matches(Preferences preferences);

	/** Every resident. */
	record All() implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			return true;
		}
	}

	record AnyOf(List<SegmentRule> rules) implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			return rules.stream().anyMatch(rule -> rule.matches(preferences));
		}
	}

	record AllOf(List<SegmentRule> rules) implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			return rules.stream().allMatch(rule -> rule.matches(preferences));
		}
	}

	record Not(SegmentRule rule) implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			return !rule.matches(preferences);
		}
	}

	/**
	 * A single-valued attribute is one of the values; a resident who did not choose one
	 * never matches.
	 */
	record OneOf(Attribute attribute, Set<String> values) implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			String value = attribute.of(preferences);
			return value != null && values.contains(value);
		}
	}

	/**
	 * A single-valued attribute the resident did not choose (e.g. no registered area).
	 */
	record Unset(Attribute attribute) implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			return attribute.of(preferences) == null;
		}
	}

	/** The resident chose this interest. */
	record Interested(String interest) implements SegmentRule {
		@Override
		public boolean matches(Preferences preferences) {
			return preferences.interests().contains(interest);
		}
	}

	/** The single-valued attributes and the columns that hold them. */
	enum Attribute {

		AREA("area", "area"), AGE("age", "age_band"), LANGUAGE("language", "language");

		final String word;

		final String column;

		Attribute(String word, String column) {
			this.word = word;
			this.column = column;
		}

		String of(Preferences preferences) {
			return switch (this) {
				case AREA -> preferences.area();
				case AGE -> preferences.ageBand();
				case LANGUAGE -> preferences.language();
			};
		}

	}

}
