package com.skillmatrix.compare;

import java.util.List;

import com.skillmatrix.system.RequiredOnly;
import com.skillmatrix.system.RoleComparisonRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of a comparison, of roles in one skill or across the matrix, so that every switch on the page keeps
 * the rest of the choice.
 *
 * @param path the comparison's page
 * @param level the level's slug, or null for every level
 */
record CompareUrl(String path, List<String> roles, String level, boolean differencesOnly, boolean requiredOnly) {

	/** Roles of one skill side by side. */
	static CompareUrl ofSkill(String skill, List<String> roles, String level, boolean requiredOnly) {
		return new CompareUrl("/skills/" + skill + "/compare", roles, level, false, requiredOnly);
	}

	/** Roles side by side across the matrix. */
	static CompareUrl acrossMatrix(List<String> roles, String level, boolean differencesOnly, boolean requiredOnly) {
		return new CompareUrl("/roles/compare", roles, level, differencesOnly, requiredOnly);
	}

	public CompareUrl withLevel(String level) {
		return new CompareUrl(this.path, this.roles, level, this.differencesOnly, this.requiredOnly);
	}

	public CompareUrl withRequiredOnly(boolean requiredOnly) {
		return new CompareUrl(this.path, this.roles, this.level, this.differencesOnly, requiredOnly);
	}

	@Override
	public String toString() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(this.path);
		this.roles.forEach((role) -> url.queryParam("roles", role));
		if (this.level != null) {
			url.queryParam("level", this.level);
		}
		if (this.differencesOnly) {
			url.queryParam(RoleComparisonRequest.DIFFERENCES, RequiredOnly.VALUE);
		}
		if (this.requiredOnly) {
			url.queryParam(RequiredOnly.PARAMETER, RequiredOnly.VALUE);
		}
		return url.encode().build().toUriString();
	}

}
