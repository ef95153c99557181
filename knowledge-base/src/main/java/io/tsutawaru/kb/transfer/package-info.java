/**
 * Import and export of FAQ entries as CSV (UTF-8 or Shift_JIS) and JSON, including the
 * LocalgovFAQ corpus format.
 */
package io.tsutawaru.kb.transfer;
