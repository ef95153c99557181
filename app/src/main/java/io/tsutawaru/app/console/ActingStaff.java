package io.tsutawaru.app.console;

import java.util.Set;
import java.util.stream.Collectors;

import io.tsutawaru.notifier.StaffMember;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in member of staff as the notifier's audit records them. */
final class ActingStaff {

	private ActingStaff() {
	}

	static StaffMember of(Authentication user) {
		Set<String> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
		return new StaffMember(user.getName(), roles);
	}

}
