/**
 * Reading the files staff import: encoding detection, bounded lines, CSV records with
 * their line numbers, and the rejected-rows report. Shared by the import jobs; not part
 * of the module's API.
 */
package io.tsutawaru.batch.file;
