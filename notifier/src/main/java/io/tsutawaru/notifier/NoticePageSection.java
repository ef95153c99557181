package io.tsutawaru.notifier;

import java.util.Optional;

/**
 * A section another module adds to a notice's public page (「詳しくはこちら」): the app adds the
 * open shelters to an emergency's page this way, since the notifier may not know the
 * shelters module (docs/architecture.md). Each bean of this type is asked once per page
 * view, in bean order.
 */
public interface NoticePageSection {

	/**
	 * The section for this notice, as HTML, or empty for none.
	 * @param notice the latest published version the page shows
	 * @param language the page's language: {@code ja}, {@code en} or {@code easy-ja}
	 * @return well-formed HTML (a {@code <section>}) whose text the implementation has
	 * escaped
	 */
	Optional<String> html(PublishedNotice notice, String language);

}
