package io.tsutawaru.app.sandbox.shelters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.ShelterList;
import io.tsutawaru.shelters.ShelterRow;
import io.tsutawaru.shelters.Shelters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The fictional つたわる市's shelters ({@code sandbox/shelters.csv}: invented names and
 * places, in the national format, around the sandbox chat's default location), imported
 * through the same reader and import as a city's list when the service has no shelter
 * yet. A few are opened, some crowded or full, so that a location sent from the sandbox
 * chat is answered at once; staff open and close the others on the emergency screen's
 * board.
 */
@Component
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxShelters {

	private static final Logger log = LoggerFactory.getLogger(SandboxShelters.class);

	/** The list's IDs opened on first start, with how crowded. */
	static final Map<String, Crowding> OPENED = Map.of("1", Crowding.VACANT, "2", Crowding.CROWDED, "4", Crowding.FULL,
			"5", Crowding.CROWDED, "6", Crowding.VACANT, "8", Crowding.VACANT);

	private final ShelterImport imports;

	private final Shelters shelters;

	SandboxShelters(ShelterImport imports, Shelters shelters) {
		this.imports = imports;
		this.shelters = shelters;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadWhenNone() {
		if (!shelters.search("", false).isEmpty()) {
			return;
		}
		try {
			List<ListedShelter> listed = new ArrayList<>();
			try (ShelterList list = ShelterList.open(copy())) {
				list.forEachRemaining(row -> {
					if (row instanceof ShelterRow.Accepted accepted) {
						listed.add(accepted.shelter());
					}
				});
			}
			imports.write(listed);
			for (Shelter shelter : shelters.search("", false)) {
				Crowding crowding = OPENED.get(shelter.listed().sourceId());
				if (crowding != null) {
					shelters.mark(shelter.id(), true, crowding, "system:sandbox");
				}
			}
			log.info("Sandbox: {} shelters of つたわる市 loaded, {} of them open", listed.size(), OPENED.size());
		}
		catch (RuntimeException ex) {
			// Two sandbox processes starting on one database at once: the other one
			// loaded them.
			log.warn("Sandbox: shelters not loaded: {}", ex.getClass().getSimpleName());
		}
	}

	private static Path copy() {
		try (InputStream in = SandboxShelters.class.getResourceAsStream("/sandbox/shelters.csv")) {
			Path file = Files.createTempFile("sandbox-shelters", ".csv");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
