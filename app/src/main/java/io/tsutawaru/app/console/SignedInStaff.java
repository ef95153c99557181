package io.tsutawaru.app.console;

import java.util.EnumSet;
import java.util.Set;

import io.tsutawaru.app.security.StaffRole;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in member of staff ({@code staff}) into every console page's model, for
 * the menu.
 */
@ControllerAdvice(basePackageClasses = SignedInStaff.class)
class SignedInStaff {

	private final RoleHierarchy roles;

	SignedInStaff(RoleHierarchy roles) {
		this.roles = roles;
	}

	@ModelAttribute("staff")
	StaffMemberView staff(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Set<StaffRole> held = EnumSet.noneOf(StaffRole.class);
		for (GrantedAuthority authority : roles.getReachableGrantedAuthorities(authentication.getAuthorities())) {
			for (StaffRole role : StaffRole.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					held.add(role);
				}
			}
		}
		return new StaffMemberView(authentication.getName(), held);
	}

}
