package io.tsutawaru.batch.file;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows an import rejected, kept per job instance in the chunk's own transaction: a
 * restart after a failure neither repeats nor loses them, and the report lists them all
 * whichever run found them.
 */
@Repository("batch.rejectedRows")
public class RejectedRows {

	private final JdbcClient jdbc;

	RejectedRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a rejected row; recording the same line again keeps the first reason. */
	public void add(long jobInstanceId, long line, String reason) {
		String bounded = reason.length() > 1000 ? reason.substring(0, 997) + "..." : reason;
		// ON CONFLICT rather than catching the duplicate key: PostgreSQL aborts a
		// transaction after any error.
		jdbc.sql(
				"INSERT INTO batch_rejected_rows (job_instance_id, line, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(jobInstanceId, line, bounded)
			.update();
	}

	/** The rejected rows of a job instance, in file order. */
	public List<Row> of(long jobInstanceId) {
		return jdbc.sql("SELECT line, reason FROM batch_rejected_rows WHERE job_instance_id = ? ORDER BY line")
			.param(jobInstanceId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** How many rows of a job instance were rejected. */
	public long count(long jobInstanceId) {
		return jdbc.sql("SELECT COUNT(*) FROM batch_rejected_rows WHERE job_instance_id = ?")
			.param(jobInstanceId)
			.query(Long.class)
			.single();
	}

	/**
	 * Forgets the rows of job instances that no longer exist (the retention job removed
	 * their history).
	 */
	public int deleteOrphans() {
		return jdbc
			.sql("DELETE FROM batch_rejected_rows r WHERE NOT EXISTS "
					+ "(SELECT 1 FROM BATCH_JOB_INSTANCE i WHERE i.JOB_INSTANCE_ID = r.job_instance_id)")
			.update();
	}

	/**
	 * One rejected row.
	 *
	 * @param line its line in the file
	 * @param reason why
	 */
	public record Row(long line, String reason) {
	}

}
