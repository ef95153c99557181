/** The LINE webhook: signature check, fast acknowledgement, and ordered, deduplicated, rate-limited processing. */
package io.tsutawaru.bot.webhook;
