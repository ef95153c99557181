/**
 * The runnable service: wiring of the modules, staff console, security, embedded defaults
 * and sandbox.
 */
package io.tsutawaru.app;
