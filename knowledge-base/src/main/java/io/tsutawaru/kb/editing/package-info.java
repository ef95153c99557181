/**
 * Staff's edits and bulk imports, applied to the database first and then to the search
 * index.
 */
package io.tsutawaru.kb.editing;
