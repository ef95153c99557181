/**
 * The FAQ entries in the database, the source of truth the search index is rebuilt from.
 */
package io.tsutawaru.kb.store;
