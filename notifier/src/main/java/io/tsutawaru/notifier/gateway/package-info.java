/** The disaster gateways: L-Alert (commons EDXL) and the disaster radio's text-to-speech, posted and retried until acknowledged. */
package io.tsutawaru.notifier.gateway;
