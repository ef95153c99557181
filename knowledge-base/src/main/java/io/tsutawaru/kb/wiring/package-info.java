/**
 * The knowledge base's Spring beans, its settings ({@code tsutawaru.kb.*}) and keeping
 * the index in step with the database.
 */
package io.tsutawaru.kb.wiring;
