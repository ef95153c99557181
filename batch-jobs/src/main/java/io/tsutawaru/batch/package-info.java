/**
 * The batch jobs' public API: which jobs exist, launching them with parameters, their
 * history and report files.
 */
package io.tsutawaru.batch;
