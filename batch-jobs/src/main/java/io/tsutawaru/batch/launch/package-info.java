/**
 * Launching jobs: from the console ({@code BatchJobs}), from the command line
 * ({@code --job=<name>}) and on cron schedules.
 */
package io.tsutawaru.batch.launch;
