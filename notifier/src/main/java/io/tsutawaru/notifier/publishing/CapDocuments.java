package io.tsutawaru.notifier.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;

import org.springframework.stereotype.Component;

/**
 * The CAP documents of notices sent to the CAP channel, and the Atom feed that lists
 * them. Documents are rendered from the stored published versions, which are never
 * edited, so the same version always gives the same document.
 */
@Component
class CapDocuments {

	private static final int FEED_NOTICES = 50;

	private final PublishedNotices documents;

	private final CapIdentifiers ids;

	private final PublicLinks links;

	private final AttributeCatalog areas;

	CapDocuments(PublishedNotices documents, CapIdentifiers ids, PublicLinks links, AttributeCatalog areas) {
		this.areas = areas;
		this.documents = documents;
		this.ids = ids;
		this.links = links;
	}

	/**
	 * The document of one version, or empty when the notice has no such version on the
	 * CAP channel.
	 */
	Optional<String> document(long noticeId, Integer revision) {
		List<PublishedNotice> versions = documents.revisions(noticeId);
		if (versions.isEmpty() || !versions.get(0).content().channels().contains(Channel.CAP)) {
			return Optional.empty();
		}
		int wanted = revision == null ? versions.size() : revision;
		if (wanted < 1 || wanted > versions.size()) {
			return Optional.empty();
		}
		return Optional.of(CapAlert.write(versions.get(wanted - 1), versions.subList(0, wanted - 1), ids,
				links.notice(noticeId), areas));
	}

	/**
	 * Every CAP document of recent notices, newest first: an update is a new entry, as it
	 * is a new document.
	 */
	String feed() {
		List<AtomFeed.Entry> entries = new ArrayList<>();
		for (List<PublishedNotice> versions : documents.recentlyPublishedOn(Channel.CAP, FEED_NOTICES)) {
			for (PublishedNotice version : versions) {
				entries.add(new AtomFeed.Entry("urn:tsutawaru:cap:" + ids.of(version.noticeId(), version.revision()),
						version.headline(null), version.body(null),
						links.to("/cap/" + version.noticeId() + "/" + version.revision() + ".xml").toString(),
						"application/cap+xml", version.publishedAt()));
			}
		}
		entries.sort((a, b) -> b.updated().compareTo(a.updated()));
		return AtomFeed.write("urn:tsutawaru:cap:" + ids.sender(), ids.senderName() + " CAP", ids.senderName(),
				links.to("/cap/feed.atom").toString(), links.to("/notices").toString(), entries);
	}

}
