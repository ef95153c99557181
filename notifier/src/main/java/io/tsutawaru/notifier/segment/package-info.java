/**
 * The segment rule language: parsing, evaluation, translation to SQL and audience
 * previews.
 */
package io.tsutawaru.notifier.segment;
