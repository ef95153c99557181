package io.tsutawaru.batch;

import java.nio.file.Path;

/**
 * A file a run wrote for staff to download.
 *
 * @param name the file name to offer, e.g. {@code subscriberImportJob-12-rejected.csv}
 * @param path where it is
 * @param contentType its media type, e.g. {@code text/csv}
 */
public record ReportFile(String name, Path path, String contentType) {
}
