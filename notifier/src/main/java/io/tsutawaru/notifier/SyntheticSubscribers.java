package io.tsutawaru.notifier;

/**
 * Made-up residents for demos and benchmarks (the sandbox's
 * {@code POST /sandbox/subscribers?count=N&seed=S}). Attributes are drawn from the
 * {@link AttributeCatalog}: about 60% follow on LINE only, 30% follow and have a
 * confirmed e-mail address, 10% have e-mail only, and a few have unfollowed. The same
 * seed draws the same attributes; identifiers are always new.
 */
public interface SyntheticSubscribers {

	/** Creates {@code count} subscribers and returns how many were created. */
	int generate(int count, long seed);

}
