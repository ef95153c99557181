package io.tsutawaru.kb.wiring;

import io.tsutawaru.kb.search.DecisionThresholds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The knowledge base's settings ({@code tsutawaru.kb.*}).
 *
 * @param indexDir     where the Lucene index lives; it can always be rebuilt from the database
 * @param loadSample   whether an empty database receives the shipped sample FAQ on start (off in production)
 * @param synonymFiles staff's own synonym lists (Solr format, UTF-8), added to the shipped municipal list
 * @param syncInterval how often the index checks the database for changes made by another process; zero turns
 *                     the check off (edits through this process are searchable at once either way)
 * @param thresholds   when to answer, offer a choice, or give up; all three values or none
 */
@ConfigurationProperties("tsutawaru.kb")
public record KbProperties(@DefaultValue("./data/kb-index") Path indexDir, @DefaultValue("true") boolean loadSample,
                           @DefaultValue({}) List<Path> synonymFiles, @DefaultValue("10s") Duration syncInterval,
                           DecisionThresholds thresholds) {

    /** Rejects settings that cannot work, naming the property. */
    public KbProperties {
        if (syncInterval.isNegative()) {
            throw new IllegalArgumentException("tsutawaru.kb.sync-interval must not be negative");
        }
        thresholds = thresholds == null ? DecisionThresholds.CALIBRATED : thresholds;
    }
}
