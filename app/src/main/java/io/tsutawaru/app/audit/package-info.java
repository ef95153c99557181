/**
 * Who among staff changed what, and when: recorded for every change, shown to ADMIN in
 * the console.
 */
package io.tsutawaru.app.audit;
