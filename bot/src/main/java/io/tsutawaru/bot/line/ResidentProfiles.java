package io.tsutawaru.bot.line;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.messaging.model.UserProfileResponse;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.infrastructure.line.LineClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Residents' LINE profiles (the profile API): the display name staff see beside a
 * hand-off, so that they know whom they are answering. A profile LINE does not give (a
 * resident who blocked the account, LINE unreachable) is no reason to fail the resident's
 * request: there is just no name.
 */
@Component
public class ResidentProfiles {

	private static final Logger log = LoggerFactory.getLogger(ResidentProfiles.class);

	/** LINE's display names are at most 20 characters; anything longer is not one. */
	private static final int MAX_NAME = 100;

	private final LineClients line;

	private final BotProperties properties;

	ResidentProfiles(LineClients line, BotProperties properties) {
		this.line = line;
		this.properties = properties;
	}

	/** The resident's display name on LINE, if LINE gives it in time. */
	public Optional<String> displayName(String userId) {
		var call = line.messaging().getProfile(userId);
		try {
			UserProfileResponse profile = call.get(properties.lineCallTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.body();
			return Optional.ofNullable(profile == null ? null : profile.displayName())
				.map(String::strip)
				.filter(name -> !name.isEmpty())
				.map(name -> name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
		}
		catch (ExecutionException ex) {
			// The cause's message may name the request, and with it the user id: only its
			// kind is logged.
			log.info("A resident's LINE profile could not be read ({})", ex.getCause().getClass().getSimpleName());
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			log.info("A resident's LINE profile was not read in time");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Optional.empty();
	}

}
