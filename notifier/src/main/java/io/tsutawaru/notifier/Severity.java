package io.tsutawaru.notifier;

/** How serious a notice is; only emergency staff may send {@link #EMERGENCY}. */
public enum Severity {

	INFO, WARNING, EMERGENCY

}
