/**
 * What text may go into every document and file the service writes, whichever module
 * writes it.
 */
package io.tsutawaru.text;
