package com.skillmatrix.system;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.PlanAnswers;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleChoice;
import com.skillmatrix.matrix.RoleAdvance;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.matrix.Slugs;
import com.skillmatrix.system.PageException.PageLink;

import org.springframework.util.MultiValueMap;

/**
 * The skill, role or level a request names in its path or query, found in the matrix, or the error that says why
 * there is none. The model answers whether it is there; this is where a miss becomes a 404 page that says what was
 * not found, a removed skill a 410, and a bad parameter a 400 page that says what is wrong, each with links that
 * lead on.
 */
public final class Requested {

	private static final String TO = "to";

	private static final String TO_ROLE = "to-role";

	private static final String TO_LEVEL = "to-level";

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
	public static Role role(RoleProfiles profiles, String slug) {
		return profiles.find(slug).orElseThrow(() -> PageException.notFound("notFound.roleProfile", slug));
	}

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

	/** The level a role's level page names; an unknown one is not found, with links to the role's levels. */
	public static Level roleLevel(Role role, List<Level> levels, String slug) {
		return levels.stream()
			.filter((level) -> level.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> PageException.notFound("notFound.roleLevel", slug, role.name())
				.withLinks(levelLinks(levels, (level) -> "/roles/" + role.slug() + "/levels/" + level.slug())));
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
		return levelParameter(profile.levels(), parameter, values, levelPage(profile));
	}

	/**
	 * The one level of these a query parameter names. Missing, repeated or unknown values are a bad request that
	 * lists the valid levels, each linking where the link says.
	 */
	public static Level levelParameter(List<Level> levels, String parameter, List<String> values,
			Function<Level, String> link) {
		String choices = String.join(", ", levels.stream().map(Level::name).toList());
		List<PageLink> links = levelLinks(levels, link);
		if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
			throw PageException.badRequest("badRequest.level.missing", parameter, choices).withLinks(links);
		}
		if (values.size() > 1) {
			throw PageException.badRequest("badRequest.level.repeated", parameter, choices).withLinks(links);
		}
		return levels.stream()
			.filter((level) -> level.slug().equals(values.get(0)))
			.findFirst()
			.orElseThrow(() -> PageException.badRequest("badRequest.level.unknown", values.get(0), parameter, choices)
				.withLinks(links));
	}

	/**
	 * The roles of the matrix a comparison across it names, from the repeated parameter's values (none where it is
	 * absent), with every mistake in them.
	 */
	public static RoleChoice roleChoice(List<Role> roles, List<String> values) {
		Map<String, Role> bySlug = new HashMap<>();
		roles.forEach((role) -> bySlug.put(role.slug(), role));
		return RoleChoice.of((values != null) ? values : List.of(), (slug) -> Optional.ofNullable(bySlug.get(slug)),
				(value) -> new RoleChoice.Mistake("compareRoles.problem.unknown", PageException.quote(value)));
	}

	/** A choice of roles with no mistake, or the bad request that says its first one. */
	public static void requireValid(RoleChoice choice) {
		if (!choice.valid()) {
			RoleChoice.Mistake mistake = choice.mistakes().get(0);
			throw PageException.badRequest(mistake.code(), mistake.arguments());
		}
	}

	/**
	 * What to cover to advance across a role's skills, as the query asks: {@code from} a level to the next, or
	 * {@code to} a higher one (absent or empty: the next); switching tracks, {@code to-role} at {@code to-level}, both
	 * together, any level but where the page starts; {@code required=only} keeps the cells required at the target.
	 * The role in the path is found or not (404); every parameter that names nothing, or nothing that fits, is a bad
	 * request that says which, with links to the role's steps from each level.
	 */
	public static RoleAdvance roleAdvance(RoleProfiles profiles, String slug, MultiValueMap<String, String> query) {
		RoleProfile profile = roleProfile(profiles, slug);
		List<Level> levels = profile.levels().stream().map(RoleProfile.LevelCells::level).toList();
		Function<Level, String> link = (level) -> "/roles/" + profile.role().slug() + "/advance?from=" + level.slug();
		List<PageLink> links = levelLinks(levels, link);
		Level from = levelParameter(levels, "from", query.get("from"), link);
		boolean requiredOnly = RequiredOnly.of(query);
		List<String> toRole = query.get(TO_ROLE);
		List<String> toLevel = query.get(TO_LEVEL);
		RoleAdvance advance;
		if (toRole != null || toLevel != null) {
			if (toRole == null || toLevel == null) {
				throw PageException.badRequest("badRequest.advance.pair", (toRole != null) ? TO_ROLE : TO_LEVEL,
						(toRole != null) ? TO_LEVEL : TO_ROLE);
			}
			if (query.containsKey(TO)) {
				throw PageException.badRequest("badRequest.advance.toAndSwitch", TO, TO_ROLE, TO_LEVEL);
			}
			Level level = levelParameter(levels, TO_LEVEL, toLevel, link);
			RoleProfile target = targetRole(profiles, profile, toRole);
			if (target == profile && level.equals(from)) {
				throw PageException.badRequest("badRequest.advance.same", profile.role().name(), level.name())
					.withLinks(links);
			}
			advance = RoleAdvance.switching(profile, from, target, level);
		}
		else {
			advance = RoleAdvance.of(profile, from, targetLevel(levels, from, query.get(TO), link));
		}
		return requiredOnly ? advance.keepRequired() : advance;
	}

	/** The level {@code to} names above the start, or the next one where it names none; null above the top. */
	private static Level targetLevel(List<Level> levels, Level from, List<String> values,
			Function<Level, String> link) {
		List<PageLink> links = levelLinks(levels, link);
		List<Level> above = levels.stream().filter((level) -> level.rank() > from.rank()).toList();
		if (values == null || (values.size() == 1 && values.get(0).isEmpty())) {
			return above.isEmpty() ? null : above.get(0);
		}
		Level to = levelParameter(levels, TO, values, link);
		if (above.isEmpty()) {
			throw PageException.badRequest("badRequest.advance.top", to.name(), from.name(), TO).withLinks(links);
		}
		if (to.rank() <= from.rank()) {
			throw PageException
				.badRequest("badRequest.advance.notAbove", to.name(), from.name(), TO,
						String.join(", ", above.stream().map(Level::name).toList()))
				.withLinks(links);
		}
		return to;
	}

	/** The role {@code to-role} names: the start's own profile where it names the same role, else another's. */
	private static RoleProfile targetRole(RoleProfiles profiles, RoleProfile start, List<String> values) {
		if (values.size() > 1) {
			throw PageException.badRequest("badRequest.toRole.repeated", TO_ROLE);
		}
		String slug = values.get(0);
		if (slug.isEmpty()) {
			throw PageException.badRequest("badRequest.role.empty", TO_ROLE, start.role().slug());
		}
		if (slug.equals(start.role().slug())) {
			return start;
		}
		return profiles.findProfile(slug)
			.orElseThrow(() -> PageException.badRequest("badRequest.toRole.unknown", slug, TO_ROLE));
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
		return levelLinks(profile.levels(), levelPage(profile));
	}

	private static List<PageLink> levelLinks(List<Level> levels, Function<Level, String> link) {
		return levels.stream().map((level) -> new PageLink(level.name(), link.apply(level))).toList();
	}

	/** The skill's role table at a level. */
	private static Function<Level, String> levelPage(SkillProfile profile) {
		return (level) -> "/skills/" + profile.skill().slug() + "/levels/" + level.slug();
	}

}
