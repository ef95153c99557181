/**
 * What residents could not find and what they said of the answers they got, kept for
 * department staff.
 */
package io.tsutawaru.kb.feedback;
