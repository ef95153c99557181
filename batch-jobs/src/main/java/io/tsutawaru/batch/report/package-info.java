/**
 * deliveryReportJob: each day's delivery, feedback and unanswered-question figures, as
 * tables and a CSV file.
 */
package io.tsutawaru.batch.report;
