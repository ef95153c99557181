/**
 * Residents' answers to notices that ask (acknowledgement or safety), the tally, the
 * residents who need help, and the signed e-mail links that answer without signing in.
 */
package io.tsutawaru.notifier.safety;
