package io.tsutawaru.kb.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The tokens one analysis produced, kept so that they can feed several fields or queries
 * without running the analysis again. Kuromoji is the main cost of indexing and
 * searching; replaying its output costs next to nothing. The replay carries what indexing
 * and query building read: the term, position increment and length (the field length BM25
 * normalises by discounts overlapping compound parts) and offsets.
 */
public final class AnalysedTokens {

	private final List<Token> tokens;

	private final int finalPositionIncrement;

	private final int finalOffset;

	private AnalysedTokens(List<Token> tokens, int finalPositionIncrement, int finalOffset) {
		this.tokens = tokens;
		this.finalPositionIncrement = finalPositionIncrement;
		this.finalOffset = finalOffset;
	}

	/**
	 * Runs an analyzer over a text once.
	 * @param analyzer the analyzer
	 * @param field the field name the analyzer is asked for
	 * @param text the text
	 * @return its tokens
	 */
	public static AnalysedTokens of(Analyzer analyzer, String field, String text) {
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			return consume(stream);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a stream to its end without closing it, so a cached stream below it can be
	 * read again.
	 */
	static AnalysedTokens consume(TokenStream stream) throws IOException {
		var term = stream.addAttribute(CharTermAttribute.class);
		var increment = stream.addAttribute(PositionIncrementAttribute.class);
		var length = stream.addAttribute(PositionLengthAttribute.class);
		var offset = stream.addAttribute(OffsetAttribute.class);
		var tokens = new ArrayList<Token>();
		stream.reset();
		while (stream.incrementToken()) {
			tokens.add(new Token(term.toString(), increment.getPositionIncrement(), length.getPositionLength(),
					offset.startOffset(), offset.endOffset()));
		}
		stream.end();
		return new AnalysedTokens(tokens, increment.getPositionIncrement(), offset.endOffset());
	}

	/**
	 * The distinct terms.
	 * @return the terms, in order of first occurrence
	 */
	public Set<String> terms() {
		var terms = new LinkedHashSet<String>();
		tokens.forEach(token -> terms.add(token.term()));
		return terms;
	}

	/**
	 * The same tokens with each word reduced to its kanji, as the stem field's analysis
	 * does after the word analysis ({@link KanjiStemFilter}).
	 * @return the stemmed tokens
	 */
	public AnalysedTokens kanjiStems() {
		return mapTerms(KanjiStemFilter::stem);
	}

	private AnalysedTokens mapTerms(UnaryOperator<String> mapping) {
		var mapped = new ArrayList<Token>(tokens.size());
		for (Token token : tokens) {
			mapped.add(new Token(mapping.apply(token.term()), token.increment(), token.length(), token.start(),
					token.end()));
		}
		return new AnalysedTokens(mapped, finalPositionIncrement, finalOffset);
	}

	/**
	 * A fresh stream replaying the tokens, for one field value or one query.
	 * @return the stream
	 */
	public TokenStream stream() {
		return new Replay();
	}

	private record Token(String term, int increment, int length, int start, int end) {
	}

	/** Replays the tokens with the attributes the analysis set. */
	private final class Replay extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private int next;

		@Override
		public boolean incrementToken() {
			if (next >= tokens.size()) {
				return false;
			}
			clearAttributes();
			Token token = tokens.get(next++);
			term.setEmpty().append(token.term());
			increment.setPositionIncrement(token.increment());
			length.setPositionLength(token.length());
			offset.setOffset(token.start(), token.end());
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			increment.setPositionIncrement(finalPositionIncrement);
			offset.setOffset(finalOffset, finalOffset);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = 0;
		}

	}

}
