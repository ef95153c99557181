package io.tsutawaru.batch.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.file.RunContext;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;

/**
 * Writes computed figure rows (column name → value) into one of the report tables, for
 * one day, in JDBC batches. Counts the rows it wrote in the step's saved context.
 */
class FigureCopy implements ItemStreamWriter<Map<String, Object>> {

	private final NamedParameterJdbcTemplate jdbc;

	private final String insert;

	private final LocalDate day;

	private final String figure;

	private long written;

	FigureCopy(NamedParameterJdbcTemplate jdbc, String insert, LocalDate day, String figure) {
		this.jdbc = jdbc;
		this.insert = insert;
		this.day = day;
		this.figure = figure;
	}

	@Override
	public void open(ExecutionContext context) {
		written = RunContext.count(context, figure);
	}

	@Override
	public void write(Chunk<? extends Map<String, Object>> rows) {
		List<Map<String, Object>> withDay = rows.getItems().stream().map(row -> {
			Map<String, Object> values = new HashMap<>(row);
			values.put("day", day);
			return values;
		}).toList();
		SqlParameterSource[] batch = SqlParameterSourceUtils.createBatch(withDay);
		jdbc.batchUpdate(insert, batch);
		written += rows.size();
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, figure, written);
	}

}
