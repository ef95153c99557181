package io.tsutawaru.kb.analysis;

/**
 * A synonym list could not be read or parsed; the message names the file and the line.
 */
public class InvalidSynonymsException extends RuntimeException {

	InvalidSynonymsException(String source, int line, String reason) {
		super("Synonym list " + source + (line > 0 ? " line " + line : "") + " is not valid: " + reason);
	}

}
