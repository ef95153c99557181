/**
 * Residents' answers to alerts that ask: 確認しました, 無事です, 支援が必要です with where they are and a
 * note.
 */
package io.tsutawaru.bot.safety;
