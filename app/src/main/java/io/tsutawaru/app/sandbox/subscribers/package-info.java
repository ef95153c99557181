/**
 * Sandbox: made-up residents for demos and benchmarks, created through the notifier's
 * synthetic generator.
 */
package io.tsutawaru.app.sandbox.subscribers;
