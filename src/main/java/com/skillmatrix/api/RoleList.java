package com.skillmatrix.api;

import java.util.List;

import com.skillmatrix.matrix.RoleEntry;

/** Every role of the matrix by name, with the number of skills that name it. */
record RoleList(String url, String htmlUrl, List<RoleItem> items) {

	static RoleList of(List<RoleEntry> roles, ApiLinks links) {
		return new RoleList(links.api("/roles"), links.page("/roles"), roles.stream()
			.map((role) -> new RoleItem(links.role(role.slug()), links.page("/roles/" + role.slug()), role.slug(),
					role.name(), role.skills()))
			.toList());
	}

	/** A role in the list. */
	record RoleItem(String url, String htmlUrl, String slug, String name, long skills) {
	}

}
