/**
 * retentionJob: deletes the personal data the retention policy (docs/retention.md) says
 * is no longer needed.
 */
package io.tsutawaru.batch.retention;
