/**
 * What the service does with a telegram the feeds brought: reads it, asks the city's
 * rules, and sends, drafts, updates or cancels the emergency notice of its event through
 * the notifier's public API, with the system (and the telegram's id) as the actor; and
 * the record of it all for staff ({@code GET /api/jma/telegrams}).
 */
package io.tsutawaru.jma.action;
