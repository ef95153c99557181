/**
 * subscriberImportJob: an existing disaster e-mail list (CSV) into subscribers,
 * duplicates merged, bad rows reported.
 */
package io.tsutawaru.batch.subscriber;
