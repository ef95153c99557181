package io.tsutawaru.kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options, {@code --flag} switches and the remaining arguments of
 * one command.
 */
record CommandOptions(Map<String, String> values, Set<String> flags, List<String> arguments) {

	private static final Set<String> SWITCHES = Set.of("baseline");

	static CommandOptions parse(String[] args) {
		var values = new HashMap<String, String>();
		var flags = new java.util.HashSet<String>();
		var arguments = new ArrayList<String>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String name = args[i].substring(2);
				if (SWITCHES.contains(name)) {
					flags.add(name);
				}
				else if (i + 1 < args.length) {
					values.put(name, args[++i]);
				}
				else {
					throw new UsageException("--" + name + " needs a value");
				}
			}
			else {
				arguments.add(args[i]);
			}
		}
		return new CommandOptions(values, flags, arguments);
	}

	Path file(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new UsageException("--" + name + " is required");
		}
		Path path = Path.of(value);
		if (!Files.isReadable(path)) {
			throw new UsageException("--" + name + ": cannot read " + path);
		}
		return path;
	}

	int number(String name, int otherwise) {
		String value = values.get(name);
		try {
			return value == null ? otherwise : Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a whole number");
		}
	}

	String text(String name, String otherwise) {
		return values.getOrDefault(name, otherwise);
	}

	boolean flag(String name) {
		return flags.contains(name);
	}
}
