package com.skillmatrix.compare;

import java.util.List;

import com.skillmatrix.system.RequiredOnly;

import org.springframework.web.util.UriComponentsBuilder;

/** The address of a comparison, so that every switch on the page keeps the rest of the choice. */
record CompareUrl(String skill, List<String> roles, String level, boolean requiredOnly) {

	public CompareUrl withLevel(String level) {
		return new CompareUrl(this.skill, this.roles, level, this.requiredOnly);
	}

	public CompareUrl withRequiredOnly(boolean requiredOnly) {
		return new CompareUrl(this.skill, this.roles, this.level, requiredOnly);
	}

	@Override
	public String toString() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/skills/{skill}/compare");
		this.roles.forEach((role) -> url.queryParam("roles", role));
		if (this.level != null) {
			url.queryParam("level", this.level);
		}
		if (this.requiredOnly) {
			url.queryParam(RequiredOnly.PARAMETER, RequiredOnly.VALUE);
		}
		return url.encode().buildAndExpand(this.skill).toUriString();
	}

}
