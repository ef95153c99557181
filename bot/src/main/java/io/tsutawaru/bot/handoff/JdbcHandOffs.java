package io.tsutawaru.bot.handoff;

import java.time.Instant;
import java.util.List;

import io.tsutawaru.bot.HandOff;
import io.tsutawaru.bot.HandOffMessage;
import io.tsutawaru.bot.HandOffNotFoundException;
import io.tsutawaru.bot.HandOffReplyRejectedException;
import io.tsutawaru.bot.HandOffs;
import io.tsutawaru.bot.PushOutcome;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.line.ResidentMessenger;

import org.springframework.stereotype.Service;

/**
 * Hand-offs in the database; staff answers and the closing note are pushed to the
 * resident.
 */
@Service
class JdbcHandOffs implements HandOffs {

	private final HandOffTable table;

	private final ResidentMessenger messenger;

	private final ResidentTexts texts;

	JdbcHandOffs(HandOffTable table, ResidentMessenger messenger, ResidentTexts texts) {
		this.table = table;
		this.messenger = messenger;
		this.texts = texts;
	}

	@Override
	public List<HandOff> open() {
		return table.allOpen().stream().map(HandOffTable.Row::handOff).toList();
	}

	@Override
	public HandOff get(long id) {
		return table.find(id).map(HandOffTable.Row::handOff).orElseThrow(() -> new HandOffNotFoundException(id));
	}

	@Override
	public PushOutcome reply(long id, String text) {
		if (text == null || text.isBlank()) {
			throw new HandOffReplyRejectedException(HandOffReplyRejectedException.Problem.EMPTY);
		}
		if (text.length() > Replies.MAX_TEXT - 100) {
			throw HandOffReplyRejectedException.tooLong(Replies.MAX_TEXT - 100);
		}
		HandOffTable.Row row = openRow(id);
		table.addMessage(id, HandOffMessage.Author.STAFF, text.strip(), Instant.now());
		String language = row.handOff().language();
		return push(row, texts.text(language, "handoff.staff-says", text.strip()));
	}

	@Override
	public PushOutcome close(long id) {
		HandOffTable.Row row = openRow(id);
		if (!table.close(id, HandOffMessage.Author.STAFF, Instant.now())) {
			throw new HandOffNotFoundException(id);
		}
		return push(row, texts.text(row.handOff().language(), "handoff.closed"));
	}

	private PushOutcome push(HandOffTable.Row row, String text) {
		return messenger.pushFromStaff(row.lineUserId(), List.of(Replies.text(text)));
	}

	private HandOffTable.Row openRow(long id) {
		return table.find(id).filter(row -> row.handOff().open()).orElseThrow(() -> new HandOffNotFoundException(id));
	}

}
