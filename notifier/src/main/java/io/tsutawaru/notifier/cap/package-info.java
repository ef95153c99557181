/** CAP 1.2: one document per published version of a notice, the CAP Atom feed for aggregators, and the WebSub ping. */
package io.tsutawaru.notifier.cap;
