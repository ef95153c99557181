package io.tsutawaru.notifier.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU seconds used so far, from Linux's /proc: by this JVM's threads grouped by name (the
 * notifier's workers and SMTP sessions, the stand-ins' threads, the JIT and the garbage
 * collector) and by the other processes of the benchmark (PostgreSQL, Redis). The
 * difference of two snapshots says who used the two cores during a phase: the stand-ins
 * run in this JVM, and what they spend is charged to the fan-out's seconds although a
 * city's mail server and LINE are other machines.
 */
record CpuUse(Map<String, Double> seconds) {

	/**
	 * /proc counts in USER_HZ, which Linux keeps at 100 whatever the kernel's own tick
	 * (getconf CLK_TCK).
	 */
	private static final double TICKS_PER_SECOND = 100.0;

	/** The CPU seconds of every group now; empty where /proc is not there. */
	static CpuUse now() {
		Map<String, Double> seconds = new TreeMap<>();
		for (Path task : list(Path.of("/proc/self/task"))) {
			Stat stat = Stat.of(task.resolve("stat"));
			if (stat != null) {
				seconds.merge("jvm: " + group(stat.name()), stat.seconds(), Double::sum);
			}
		}
		for (Path process : list(Path.of("/proc"))) {
			if (process.getFileName().toString().chars().allMatch(Character::isDigit)) {
				Stat stat = Stat.of(process.resolve("stat"));
				if (stat != null && (stat.name().equals("postgres") || stat.name().startsWith("redis-server"))) {
					seconds.merge(stat.name().startsWith("redis") ? "redis" : "postgres", stat.seconds(), Double::sum);
				}
			}
		}
		machine(seconds);
		return new CpuUse(seconds);
	}

	/**
	 * The whole machine's time by kind (all cores), from the first line of /proc/stat:
	 * user, nice, system, idle, iowait, irq, softirq, steal. Loopback networking is
	 * partly softirq time, and a virtual machine may lose time to its host (steal):
	 * neither shows in any process's seconds.
	 */
	private static void machine(Map<String, Double> seconds) {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			String[] kinds = { "user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal" };
			for (int i = 0; i < kinds.length && i + 1 < fields.length; i++) {
				seconds.put("machine " + kinds[i], Long.parseLong(fields[i + 1]) / TICKS_PER_SECOND);
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the processes' seconds are still there.
		}
	}

	/**
	 * What each group used since {@code earlier}, largest first, e.g.
	 * {@code "jvm: smtp-session 12.3, ..."}.
	 */
	String since(CpuUse earlier) {
		Map<String, Double> used = new TreeMap<>();
		seconds.forEach((group, value) -> used.put(group, value - earlier.seconds.getOrDefault(group, 0.0)));
		double jvm = used.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("jvm: "))
			.mapToDouble(Map.Entry::getValue)
			.sum();
		String machine = used.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("machine "))
			.map(e -> String.format("%s %.1f", e.getKey().substring("machine ".length()), e.getValue()))
			.collect(Collectors.joining(", "));
		String groups = used.entrySet()
			.stream()
			.filter(e -> !e.getKey().startsWith("machine ") && e.getValue() >= 0.1)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
		return String.format("test JVM %.1f s in all; %s | machine (all cores): %s", jvm, groups, machine);
	}

	/**
	 * Thread names without their numbers, so a pool is one group: "delivery-worker-3" and
	 * "delivery-worker-1" both count as "delivery-worker-". Linux keeps 15 characters of
	 * a thread's name.
	 */
	private static String group(String threadName) {
		return threadName.replaceAll("[0-9]+", "#");
	}

	private static Iterable<Path> list(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/** A task's name and its user + system CPU time, from its stat file. */
	private record Stat(String name, double seconds) {

		static Stat of(Path file) {
			try {
				String line = Files.readString(file);
				// The name is in parentheses and may itself hold spaces or parentheses:
				// it ends at the last ')'.
				int open = line.indexOf('(');
				int close = line.lastIndexOf(')');
				String[] fields = line.substring(close + 2).split(" ");
				// After the name: state is field 0, utime field 11, stime field 12 (clock
				// ticks).
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				return new Stat(line.substring(open + 1, close), ticks / TICKS_PER_SECOND);
			}
			catch (IOException | RuntimeException ex) {
				// The thread or process ended meanwhile.
				return null;
			}
		}

	}

}
