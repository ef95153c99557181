/**
 * How the web edge answers requests it cannot read, whichever module's endpoint they were
 * for.
 */
package io.tsutawaru.app.web;
