/**
 * faqImportJob: a CSV or JSON file of FAQ entries into the knowledge base, a chunk at a
 * time through the knowledge base's own import (its parser, validation, upsert and index
 * update), with a report of rejected rows.
 */
package io.tsutawaru.batch.faq;
