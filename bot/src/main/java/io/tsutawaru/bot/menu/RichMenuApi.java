package io.tsutawaru.bot.menu;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.model.CreateRichMenuAliasRequest;
import com.linecorp.bot.messaging.model.RichMenuAliasResponse;
import com.linecorp.bot.messaging.model.RichMenuBatchLinkOperation;
import com.linecorp.bot.messaging.model.RichMenuBatchRequest;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.UpdateRichMenuAliasRequest;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.RichMenuUnavailableException;
import io.tsutawaru.infrastructure.line.LineClients;

import org.springframework.stereotype.Component;

/**
 * The rich menu calls of LINE's Messaging API, each waited for at most the bot's LINE
 * timeout. A failure names the call and LINE's status, never a resident.
 */
@Component
class RichMenuApi {

	private final LineClients line;

	private final Duration timeout;

	RichMenuApi(LineClients line, BotProperties properties) {
		this.line = line;
		this.timeout = properties.lineCallTimeout();
	}

	/** {@code POST /v2/bot/richmenu}: the new menu's id. */
	String create(RichMenuRequest menu) {
		return call("create", line.messaging().createRichMenu(menu)).body().richMenuId();
	}

	/** {@code POST https://api-data.line.me/v2/bot/richmenu/{id}/content}. */
	void upload(String richMenuId, byte[] png) {
		call("upload image", line.blob().setRichMenuImage(richMenuId, UploadFile.fromByteArray(png, "image/png")));
	}

	/**
	 * {@code GET /v2/bot/richmenu/{id}}: whether LINE still has the menu (404 when it was
	 * deleted).
	 */
	boolean exists(String richMenuId) {
		return present("get", () -> line.messaging().getRichMenu(richMenuId)).isPresent();
	}

	/**
	 * {@code GET /v2/bot/user/all/richmenu}: the default menu's id, empty when none is
	 * set.
	 */
	Optional<String> defaultMenu() {
		return present("get default", () -> line.messaging().getDefaultRichMenuId())
			.map(result -> result.body().richMenuId());
	}

	/** {@code POST /v2/bot/user/all/richmenu/{id}}. */
	void setDefault(String richMenuId) {
		call("set default", line.messaging().setDefaultRichMenu(richMenuId));
	}

	/** {@code POST /v2/bot/user/{userId}/richmenu/{id}}. */
	void link(String userId, String richMenuId) {
		call("link", line.messaging().linkRichMenuIdToUser(userId, richMenuId));
	}

	/** {@code DELETE /v2/bot/user/{userId}/richmenu}. */
	void unlink(String userId) {
		call("unlink", line.messaging().unlinkRichMenuIdFromUser(userId));
	}

	/**
	 * {@code POST /v2/bot/richmenu/batch}: LINE moves every user linked to {@code from}
	 * to {@code to}, on its side and however many they are; the answer (202) only says it
	 * accepted the work.
	 */
	void relinkAll(String from, String to) {
		call("batch link", line.messaging()
			.richMenuBatch(new RichMenuBatchRequest(List.of(new RichMenuBatchLinkOperation(from, to)), null)));
	}

	/**
	 * {@code GET /v2/bot/richmenu/alias/list}: every alias of the account and the menu it
	 * names.
	 */
	Map<String, String> aliases() {
		return call("list aliases", line.messaging().getRichMenuAliasList()).body()
			.aliases()
			.stream()
			.collect(Collectors.toMap(RichMenuAliasResponse::richMenuAliasId, RichMenuAliasResponse::richMenuId));
	}

	/** {@code POST /v2/bot/richmenu/alias}. */
	void createAlias(String alias, String richMenuId) {
		call("create alias", line.messaging().createRichMenuAlias(new CreateRichMenuAliasRequest(alias, richMenuId)));
	}

	/** {@code POST /v2/bot/richmenu/alias/{alias}}: the alias names another menu. */
	void updateAlias(String alias, String richMenuId) {
		call("update alias", line.messaging().updateRichMenuAlias(alias, new UpdateRichMenuAliasRequest(richMenuId)));
	}

	private <T> Optional<Result<T>> present(String what,
			java.util.function.Supplier<CompletableFuture<Result<T>>> request) {
		try {
			return Optional.of(call(what, request.get()));
		}
		catch (RichMenuUnavailableException ex) {
			if (ex.getCause() instanceof AbstractLineClientException refused && refused.getCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private <T> Result<T> call(String what, CompletableFuture<Result<T>> request) {
		try {
			return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			String status = cause instanceof AbstractLineClientException refused ? "answered " + refused.getCode()
					: "failed: " + cause.getClass().getSimpleName();
			throw new RichMenuUnavailableException("LINE's rich menu call '" + what + "' " + status, cause);
		}
		catch (TimeoutException ex) {
			request.cancel(true);
			throw new RichMenuUnavailableException("LINE's rich menu call '" + what + "' timed out", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RichMenuUnavailableException("LINE's rich menu call '" + what + "' was interrupted", ex);
		}
	}

}
