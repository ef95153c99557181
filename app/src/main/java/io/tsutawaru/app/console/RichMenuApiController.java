package io.tsutawaru.app.console;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tsutawaru.bot.MenuMode;
import io.tsutawaru.bot.RichMenuUnavailableException;
import io.tsutawaru.bot.RichMenus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LINE account's menu mode for emergency staff's scripts: the same switch as the
 * emergency screen's.
 */
@RestController
@RequestMapping("/api/rich-menu")
@PreAuthorize("hasAnyRole('EMERGENCY', 'ADMIN')")
@Tag(name = "LINE menu", description = "Switches every resident's LINE menu to the disaster menu and back. "
		+ "For EMERGENCY staff (and ADMIN).")
class RichMenuApiController {

	private final RichMenus menus;

	RichMenuApiController(RichMenus menus) {
		this.menus = menus;
	}

	@GetMapping
	@Operation(summary = "The account's menu mode",
			description = "mode is NORMAL or DISASTER; changedBy and "
					+ "changedAt say who switched last and when (absent before anyone did).")
	@ApiResponse(responseCode = "200", description = "The mode.")
	RichMenus.MenuState state() {
		return menus.state();
	}

	@PostMapping("/{mode:disaster|normal}")
	@Operation(summary = "Switch every resident's menu",
			description = "disaster: every resident sees the disaster "
					+ "menu (最新の災害情報 / 安否を知らせる / 近くの避難所 / 通報); normal: the everyday menus again. Repeating a "
					+ "switch applies it again, which finishes one LINE refused half-way.")
	@ApiResponse(responseCode = "200", description = "Switched; the new mode.")
	@ApiResponse(responseCode = "502",
			description = "LINE refused or did not answer; the mode is unchanged. Try again.")
	RichMenus.MenuState switchTo(@PathVariable String mode, Authentication user) {
		try {
			return menus.switchTo(MenuMode.valueOf(mode.toUpperCase(Locale.ROOT)), user.getName());
		}
		catch (RichMenuUnavailableException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
			problem.setTitle("LINE did not switch the menu");
			problem.setProperty("code", "line-unavailable");
			throw new ErrorResponseException(HttpStatus.BAD_GATEWAY, problem, ex);
		}
	}

}
