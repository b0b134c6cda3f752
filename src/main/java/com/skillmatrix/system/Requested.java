package com.skillmatrix.system;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.PlanAnswers;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.matrix.Slugs;
import com.skillmatrix.system.PageException.PageLink;

/**
 * The skill, role or level a request names in its path or query, found in the matrix, or the error that says why
 * there is none. The model answers whether it is there; this is where a miss becomes a 404 page that says what was
 * not found, a removed skill a 410, and a bad parameter a 400 page that says what is wrong, each with links that
 * lead on.
 */
public final class Requested {

	private Requested() {
	}

	/**
	 * The skill a path names; an unknown one is not found, and one that an import removed is gone, with a link to
	 * its change log, so that old links and bookmarks say what happened.
	 */
	public static SkillProfile skill(SkillProfiles profiles, String slug) {
		return profiles.find(slug).orElseThrow(() -> {
			List<SkillProfiles.Removal> removals = Slugs.isSlug(slug) ? profiles.findRemovals(slug) : List.of();
			if (removals.isEmpty()) {
				return PageException.notFound("notFound.skill", slug);
			}
			SkillProfiles.Removal removal = removals.get(0);
			return PageException
				.gone("gone.skill", removal.name(), Date.from(removal.removedAt().atZone(ZoneId.systemDefault()).toInstant()))
				.withLinks(List.of(new PageLink(removal.name(), "/skills/" + slug + "/changes")));
		});
	}

	/** The role a path names, across every skill; an unknown one is not found. */
	public static RoleProfile roleProfile(RoleProfiles profiles, String slug) {
		return profiles.findProfile(slug).orElseThrow(() -> PageException.notFound("notFound.roleProfile", slug));
	}

	/**
	 * The answers a growth plan's address gives, the language's parameter aside. A parameter that is no skill of the
	 * role, a value that is no level, or a compact value that cannot be read is a bad request that says which, with
	 * a link to a fresh plan.
	 */
	public static PlanAnswers planAnswers(RoleProfile profile, Map<String, List<String>> query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>(query);
		parameters.remove(InterfaceLanguage.PARAMETER);
		try {
			return PlanAnswers.of(profile, parameters);
		}
		catch (PlanAnswers.Mistake ex) {
			throw PageException.badRequest("badRequest." + ex.code(), ex.arguments())
				.withLinks(List.of(new PageLink(profile.role().name(), "/roles/" + profile.role().slug() + "/plan")));
		}
	}

	/** The level a path names; an unknown one is not found. */
	public static Level level(SkillProfile profile, String slug) {
		return profile.level(slug)
			.orElseThrow(() -> PageException.notFound("notFound.level", slug, profile.skill().name())
				.withLinks(levelLinks(profile)));
	}

	/** The role a path names; an unknown one, or one with no cell in this skill, is not found. */
	public static Role role(SkillProfile profile, String slug) {
		return profile.role(slug)
			.orElseThrow(() -> PageException.notFound("notFound.role", slug, profile.skill().name())
				.withLinks(List.of(new PageLink(profile.skill().name(), "/skills/" + profile.skill().slug()))));
	}

	/**
	 * The one level a query parameter names. Missing, repeated or unknown values are a bad request that lists the
	 * valid levels.
	 */
	public static Level levelParameter(SkillProfile profile, String parameter, List<String> values) {
		String choices = String.join(", ", profile.levels().stream().map(Level::name).toList());
		if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
			throw PageException.badRequest("badRequest.level.missing", parameter, choices)
				.withLinks(levelLinks(profile));
		}
		if (values.size() > 1) {
			throw PageException.badRequest("badRequest.level.repeated", parameter, choices)
				.withLinks(levelLinks(profile));
		}
		return profile.level(values.get(0))
			.orElseThrow(() -> PageException.badRequest("badRequest.level.unknown", values.get(0), parameter, choices)
				.withLinks(levelLinks(profile)));
	}

	/**
	 * The roles a repeatable query parameter names, in the order given; none when it is absent. An empty, unknown or
	 * repeated value is a bad request that says which.
	 */
	public static List<Role> roleParameters(SkillProfile profile, String parameter, List<String> values) {
		if (values == null) {
			return List.of();
		}
		List<Role> roles = new ArrayList<>();
		for (String value : values) {
			if (value.isEmpty()) {
				// The example is a role of this skill, so that following it leads somewhere.
				throw profile.roles()
					.stream()
					.findFirst()
					.map((example) -> PageException.badRequest("badRequest.role.empty", parameter, example.slug()))
					.orElseGet(() -> PageException.badRequest("badRequest.role.none", parameter,
							profile.skill().name()));
			}
			Role role = profile.role(value)
				.orElseThrow(() -> PageException.badRequest("badRequest.role.unknown", value, parameter,
						profile.skill().name()));
			if (roles.contains(role)) {
				throw PageException.badRequest("badRequest.repeated", value, parameter);
			}
			roles.add(role);
		}
		return roles;
	}

	private static List<PageLink> levelLinks(SkillProfile profile) {
		return profile.levels()
			.stream()
			.map((level) -> new PageLink(level.name(), "/skills/" + profile.skill().slug() + "/levels/" + level.slug()))
			.toList();
	}

}
