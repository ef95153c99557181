/**
 * The kb.jar command line: evaluation on a labelled FAQ set, ad-hoc search and the
 * latency benchmark, without Spring or a database.
 */
package io.tsutawaru.kb.cli;
