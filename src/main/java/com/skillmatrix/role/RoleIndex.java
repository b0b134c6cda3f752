package com.skillmatrix.role;

import java.util.List;

import com.skillmatrix.matrix.RoleEntry;
import com.skillmatrix.matrix.RoleGroup;

/** Every role of the matrix by name, grouped by initial, each with the number of skills that name it. */
record RoleIndex(List<RoleGroup> groups) {

	static RoleIndex of(List<RoleEntry> roles) {
		return new RoleIndex(RoleGroup.of(roles));
	}

	/** How many roles there are in all. */
	public long count() {
		return this.groups.stream().mapToLong((group) -> group.roles().size()).sum();
	}

}
