package io.tsutawaru.batch.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a day's figure rows that the owning module computed (its report operation), one
 * at a time. The rows come in the module's stable order and the count read is saved with
 * each chunk, so a restarted step skips exactly the rows it already committed, as the
 * database cursor it replaces did.
 */
class FigureRows extends AbstractItemCountingItemStreamItemReader<Map<String, Object>> {

	private final Supplier<List<Map<String, Object>>> figures;

	private Iterator<Map<String, Object>> rows;

	FigureRows(String name, Supplier<List<Map<String, Object>>> figures) {
		this.figures = figures;
		setName(name);
	}

	@Override
	protected void doOpen() {
		rows = figures.get().iterator();
	}

	@Override
	protected Map<String, Object> doRead() {
		return rows.hasNext() ? rows.next() : null;
	}

	@Override
	protected void doClose() {
		rows = null;
	}

}
