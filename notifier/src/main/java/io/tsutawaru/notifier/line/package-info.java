/**
 * The notifier's LINE channel: notices as LINE messages, sent by multicast or broadcast.
 * The connection it sends through (clients, settings, length limits) is the shared
 * {@code io.tsutawaru.infrastructure.line}.
 */
package io.tsutawaru.notifier.line;
