/** The website channel: public notice pages, the Atom feed, the emergency banner and the optional CMS webhook. */
package io.tsutawaru.notifier.website;
