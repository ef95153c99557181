package io.tsutawaru.bot.webhook;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;

/**
 * Whether the JVM passes Java thread priorities on to Linux. By default HotSpot ignores
 * them there; with {@value #OPTIONS} a {@link Thread#MIN_PRIORITY} thread runs at nice
 * 19, so it gets only the processor time that nothing else wants. Lowering a thread's
 * priority needs no privilege (the JVM's warning about root concerns raising it).
 * {@code bin/tsutawaru} and the README's production command start the service with these
 * options.
 */
final class BackgroundPriority {

	static final String OPTIONS = "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19";

	private BackgroundPriority() {
	}

	/**
	 * Says once, at start, when the answering threads will compete with the webhook on
	 * equal terms.
	 */
	static void explainIfIgnored(Logger log) {
		if (!passedToOperatingSystem()) {
			log.info("Answering residents runs at normal priority; start the JVM with {} so that webhook "
					+ "acknowledgements go first when a backlog is being answered", OPTIONS);
		}
	}

	static boolean passedToOperatingSystem() {
		try {
			HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return hotSpot != null && "1".equals(hotSpot.getVMOption("ThreadPriorityPolicy").getValue())
					&& "19".equals(hotSpot.getVMOption("JavaPriority1_To_OSPriority").getValue());
		}
		catch (RuntimeException notHotSpot) {
			return false;
		}
	}

}
