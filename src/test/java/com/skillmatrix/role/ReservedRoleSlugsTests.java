package com.skillmatrix.role;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slugs no role may have are exactly those that pages of their own take beside the roles' own, /roles/{role} and
 * /api/v1/roles/{role}, as the application maps its addresses: a new page there must be named in
 * {@link Role#RESERVED_SLUGS}, so that the data check rejects a role it would hide.
 */
@WebTest
class ReservedRoleSlugsTests {

	/** An address one step below the roles' pages (or their JSON), whose last step is a word, not a variable. */
	private static final Pattern BESIDE_A_ROLE = Pattern.compile("^(?:/api/v1)?/roles/([^/{}]+)$");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void theReservedSlugsAreThePagesBesideTheRoles() {
		Set<String> paths = new TreeSet<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			paths.addAll(info.getPatternValues());
		}
		assertThat(paths).contains("/roles/{role}", "/api/v1/roles/{role}");
		Set<String> taken = new TreeSet<>();
		for (String path : paths) {
			Matcher matcher = BESIDE_A_ROLE.matcher(path);
			if (matcher.matches()) {
				taken.add(matcher.group(1));
			}
		}
		assertThat(taken).isEqualTo(new TreeSet<>(Role.RESERVED_SLUGS));
	}

}
