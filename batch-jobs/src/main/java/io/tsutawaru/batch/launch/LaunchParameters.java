package io.tsutawaru.batch.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobDescription;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Turns the parameters staff type into a job's parameters, and decides the job's
 * identity. A file is identified by its content (SHA-256), not its name, so the same list
 * uploaded twice is one job instance: the second launch is refused when the first
 * completed and continues it when it failed. A job without any identifying parameter gets
 * the launch time, so each launch is a run of its own.
 */
final class LaunchParameters {

	static final String FILE_HASH = "file.sha256";

	private LaunchParameters() {
	}

	static JobParameters of(JobDescription job, Map<String, String> given) {
		Map<String, JobDescription.Parameter> known = job.parameters()
			.stream()
			.collect(Collectors.toMap(JobDescription.Parameter::name, p -> p));
		for (String name : given.keySet()) {
			if (!known.containsKey(name)) {
				throw new InvalidJobParametersException("The job " + job.name() + " has no parameter '" + name + "'"
						+ (known.isEmpty() ? "; it takes none" : "; it takes: " + String.join(", ", known.keySet())));
			}
		}
		JobParametersBuilder parameters = new JobParametersBuilder();
		boolean identified = false;
		for (JobDescription.Parameter parameter : job.parameters()) {
			String value = given.get(parameter.name());
			if (value == null || value.isBlank()) {
				if (parameter.required()) {
					throw new InvalidJobParametersException("The job " + job.name() + " needs the parameter '"
							+ parameter.name() + "': " + parameter.description());
				}
				continue;
			}
			identified = true;
			switch (parameter.kind()) {
				case FILE -> {
					Path file = readableFile(parameter.name(), value.strip());
					parameters.addString(parameter.name(), file.toString(), false);
					parameters.addString(FILE_HASH, sha256(file), true);
				}
				case DATE ->
					parameters.addString(parameter.name(), date(parameter.name(), value.strip()).toString(), true);
				case TEXT -> parameters.addString(parameter.name(), value.strip(), true);
			}
		}
		if (!identified) {
			parameters.addString("launched.at", Instant.now().toString(), true);
		}
		return parameters.toJobParameters();
	}

	private static Path readableFile(String name, String value) {
		Path file = Path.of(value).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new InvalidJobParametersException(
					"The file given as '" + name + "' does not exist or cannot be read: " + file);
		}
		return file;
	}

	private static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidJobParametersException(
					"'" + name + "' must be a date like 2026-04-01, not '" + value + "'");
		}
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
