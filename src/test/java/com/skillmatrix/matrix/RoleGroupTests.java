package com.skillmatrix.matrix;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleGroupTests {

	@Test
	void rolesAreGroupedByTheirFirstLetterAfterAnySymbol() {
		List<RoleGroup> groups = RoleGroup.of(List.of(role("Platform Engineer"), role("★ Incident Commander"),
				role("backend developer"), role("Δelta Engineer"), role("Écrivain"), role("Engineering Manager"),
				role("Infrastructure Engineer")));
		assertThat(groups).extracting(RoleGroup::initial).containsExactly("B", "E", "I", "P", "Δ");
		assertThat(groups.get(1).roles()).extracting(RoleEntry::name)
			.containsExactly("Écrivain", "Engineering Manager");
		assertThat(groups.get(2).roles()).extracting(RoleEntry::name)
			.containsExactly("★ Incident Commander", "Infrastructure Engineer");
	}

	@Test
	void noRolesMakeNoGroups() {
		assertThat(RoleGroup.of(List.of())).isEmpty();
	}

	private static RoleEntry role(String name) {
		return new RoleEntry(name, Slugs.of(name), 1);
	}

}
