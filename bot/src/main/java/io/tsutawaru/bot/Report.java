package io.tsutawaru.bot;

import java.net.URI;
import java.time.Instant;

/**
 * A resident's report (通報) of something broken or wrong in the city, as staff see it. The
 * resident's LINE user id is deliberately not part of it: staff answer through status
 * changes, which the bot pushes.
 *
 * @param number the number the resident was given, e.g. {@code R-000042}
 * @param category one of {@link BotProperties#reportCategories()}
 * @param status where it stands
 * @param hasPhoto whether a photo was attached; fetch it with
 * {@link Reports#photo(String)}
 * @param latitude where it is, or {@code null} when the resident sent no location
 * @param longitude where it is, or {@code null}
 * @param address the address LINE gave for the location, or {@code null}
 * @param mapLink a map centred on the location, or {@code null}
 * @param comment the resident's words, or {@code null}
 * @param language the resident's language ({@code ja}, {@code en}, {@code easy-ja})
 * @param submittedAt when the resident sent it
 * @param updatedAt when its status last changed
 * @param area the area the resident had registered when they sent it, or {@code null}
 * when they had none
 * @param department the department looking after it (one of
 * {@link BotProperties#reportDepartments()}), or {@code null} until staff assign one
 */
public record Report(String number, String category, ReportStatus status, boolean hasPhoto, Double latitude,
		Double longitude, String address, URI mapLink, String comment, String language, Instant submittedAt,
		Instant updatedAt, String area, String department) {

	/** Whether the resident sent where it is. */
	public boolean located() {
		return latitude != null && longitude != null;
	}

}
