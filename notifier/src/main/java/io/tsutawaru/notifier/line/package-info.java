/** Connection to the LINE Messaging API, shared by the bot and the notifier's LINE channel. */
package io.tsutawaru.notifier.line;
