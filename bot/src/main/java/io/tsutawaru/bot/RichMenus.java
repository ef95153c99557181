package io.tsutawaru.bot;

import java.time.Instant;

/**
 * The city's LINE rich menus, managed by the service: created and drawn by it, linked to
 * residents as they register and leave, and switched for the whole account between
 * everyday and disaster mode.
 */
public interface RichMenus {

	/**
	 * The mode the account is in, who set it and when ({@code null} staff and time before
	 * anyone switched).
	 */
	MenuState state();

	/**
	 * Switches every resident's menu to the mode's. Doing it again for the mode already
	 * set applies it again, so a switch that LINE refused half-way is finished by
	 * repeating it.
	 * @param staff who switched, for the record
	 * @throws RichMenuUnavailableException when LINE refused or did not answer
	 */
	MenuState switchTo(MenuMode mode, String staff);

	/**
	 * @param mode the account's mode
	 * @param changedBy the staff member who set it, or {@code null}
	 * @param changedAt when, or {@code null}
	 */
	record MenuState(MenuMode mode, String changedBy, Instant changedAt) {
	}

}
