/**
 * The connection to the LINE Messaging API ({@code tsutawaru.line.*}): the SDK clients,
 * their settings, the meter of every call and LINE's length limits. The bot (replies,
 * pushes, webhook signatures) and the notifier's LINE channel (multicasts, broadcasts)
 * use the same connection.
 */
package io.tsutawaru.infrastructure.line;
