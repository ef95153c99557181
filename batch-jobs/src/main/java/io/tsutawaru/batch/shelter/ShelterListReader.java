package io.tsutawaru.batch.shelter;

import java.nio.file.Path;

import io.tsutawaru.shelters.ShelterList;
import io.tsutawaru.shelters.ShelterRow;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The module's checked rows, one at a time. How many were read is saved with every chunk,
 * so a restarted import skips the rows already committed (a list is a few thousand rows:
 * reading past them again costs nothing).
 */
class ShelterListReader implements ItemStreamReader<ShelterRow> {

	private static final String READ = "shelters.read";

	private final Path file;

	private ShelterList list;

	private long read;

	ShelterListReader(Path file) {
		this.file = file;
	}

	@Override
	public void open(ExecutionContext context) {
		list = ShelterList.open(file);
		long done = context.containsKey(READ) ? context.getLong(READ) : 0;
		while (read < done && list.hasNext()) {
			list.next();
			read++;
		}
	}

	@Override
	public ShelterRow read() {
		if (!list.hasNext()) {
			return null;
		}
		read++;
		return list.next();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(READ, read);
	}

	@Override
	public void close() {
		if (list != null) {
			list.close();
			list = null;
		}
	}

}
