/**
 * Notices: the lifecycle from draft to sent, approval, audit, published versions and the
 * staff REST API.
 */
package io.tsutawaru.notifier.notice;
