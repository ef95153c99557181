/**
 * What the city publishes as documents for machines and the public: CAP 1.2 (one document
 * per published version, the CAP Atom feed, the WebSub ping), the website (public notice
 * pages, the Atom feed, the emergency banner, the optional CMS web hook) and the disaster
 * gateways (L-Alert's commons EDXL, the disaster radio's text-to-speech), posted and
 * retried until acknowledged. One package because they share their dates (CAP's +09:00),
 * the posting to gateways and the feeds: apart, they depended on each other in a cycle
 * and had to make those parts public to their siblings.
 */
package io.tsutawaru.notifier.publishing;
