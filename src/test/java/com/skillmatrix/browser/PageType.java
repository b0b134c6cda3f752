package com.skillmatrix.browser;

/** One page of each kind the site shows, the error pages included. */
enum PageType {

	CATALOGUE("/", 200),
	SKILL("/skills/vault-secrets", 200),
	LEVEL("/skills/vault-secrets/levels/senior", 200),
	LEVEL_REQUIRED_ONLY("/skills/vault-secrets/levels/senior?required=only", 200),
	ADVANCE("/skills/vault-secrets/advance?from=middle", 200),
	ADVANCE_TOP("/skills/vault-secrets/advance?from=principal", 200),
	ROLE_DETAIL("/skills/vault-secrets/roles/solutions-architect?level=senior", 200),
	ROLE_PROFILE("/roles/devops-engineer", 200),
	COMPARE_PICKER("/skills/vault-secrets/compare", 200),
	COMPARE("/skills/vault-secrets/compare?roles=devops-engineer&roles=cloud-engineer&roles=technical-lead"
			+ "&roles=security-analyst&roles=backend-developer-go&roles=solutions-architect", 200),
	COMPARE_BAD_CHOICE("/skills/vault-secrets/compare?roles=devops-engineer&roles=astronaut", 400),
	SEARCH("/search?q=secret+rotation&level=senior&required=true", 200),
	SEARCH_NO_RESULTS("/search?q=rotqqion", 200),
	NOT_FOUND("/skills/kubernetes", 404),
	BAD_REQUEST("/skills/vault-secrets?level=expert", 400);

	final String path;

	final int status;

	PageType(String path, int status) {
		this.path = path;
		this.status = status;
	}

	/** A file name for the page's screenshots. */
	String fileName() {
		return name().toLowerCase().replace('_', '-');
	}

}
