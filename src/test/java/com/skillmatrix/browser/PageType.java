package com.skillmatrix.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.skillmatrix.ComparedRoles;
import com.skillmatrix.RoleSteps;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.PlanAddress;
import com.skillmatrix.matrix.Slugs;

/** One page of each kind the site shows, the error pages included, of the matrix the run loaded. */
public enum PageType {

	CATALOGUE("/", 200),
	ROLES("/roles", 200),
	SKILL(Paths.skill(""), 200),
	LEVEL(Paths.skill("/levels/" + Paths.LEVEL), 200),
	LEVEL_REQUIRED_ONLY(Paths.skill("/levels/" + Paths.LEVEL + "?required=only"), 200),
	ADVANCE(Paths.skill("/advance?from=" + TestMatrix.next(TestMatrix.first()).slug()), 200),
	ADVANCE_TOP(Paths.skill("/advance?from=" + TestMatrix.last().slug()), 200),
	ROLE_DETAIL(Paths.skill("/roles/" + Slugs.of(Paths.ABSENT_ROLE) + "?level=" + Paths.LEVEL), 200),
	ROLE_PROFILE("/roles/" + Slugs.of(Paths.SKILL.mainRole()), 200),
	ROLE_LEVEL("/roles/" + Slugs.of(Paths.SKILL.mainRole()) + "/levels/" + Paths.LEVEL, 200),
	ROLE_ADVANCE(Paths.ROLE_ADVANCE + "?from=" + TestMatrix.first().slug(), 200),
	ROLE_ADVANCE_SWITCH(Paths.ROLE_ADVANCE + "?from=" + TestMatrix.first().slug() + "&to-role="
			+ Slugs.of(RoleSteps.otherRole()) + "&to-level=" + Paths.LEVEL, 200),
	ROLE_ADVANCE_NOT_ABOVE(Paths.ROLE_ADVANCE + "?from=" + Paths.LEVEL + "&to=" + TestMatrix.first().slug(), 400),
	DOMAIN("/domains/" + Slugs.of(Paths.SKILL.data().domain()), 200),
	CHANGE_LOG(Paths.skill("/changes"), 200),
	COMPARE_PICKER(Paths.skill("/compare"), 200),
	COMPARE(Paths.skill("/compare?" + Paths.SIX_ROLES), 200),
	SELF_CHECK(Paths.SKILL.selfCheck(Paths.ABSENT_ROLE), 200),
	SELF_CHECK_ANSWER(Paths.SKILL.selfCheck(Paths.ABSENT_ROLE, Paths.SELF_CHECK_TICKS), 200),
	PLAN("/roles/" + Slugs.of(Paths.PLAN_ROLE) + "/plan", 200),
	PLAN_ANSWER("/roles/" + Slugs.of(Paths.PLAN_ROLE) + "/plan?" + PlanAddress.PARAMETER + "=" + Paths.planAnswers(), 200),
	COMPARE_TOO_FEW(Paths.skill("/compare?roles=" + Slugs.of(Paths.SKILL.mainRole())), 400),
	COMPARE_BAD_CHOICE(Paths.skill("/compare?roles=" + Slugs.of(Paths.SKILL.mainRole()) + "&roles=" + TestMatrix.absentSlug("no-such-role")), 400),
	ROLE_COMPARE(ComparedRoles.page(ComparedRoles.mostSkills(6), Paths.LEVEL), 200),
	ROLE_COMPARE_BAD_CHOICE(ComparedRoles.page(List.of(Paths.SKILL.mainRole()), Paths.LEVEL,
			"roles=" + TestMatrix.absentSlug("no-such-role")), 400),
	SEARCH("/search?q=" + Paths.WORD + "&level=" + Paths.LEVEL + "&required=true", 200),
	SEARCH_NO_RESULTS("/search?q=" + Paths.WORD + "qqz", 200),
	NOT_FOUND("/skills/" + TestMatrix.absentSlug(), 404),
	BAD_REQUEST(Paths.skill("?level=" + TestMatrix.absentSlug("no-such-level")), 400);

	public final String path;

	public final int status;

	PageType(String path, int status) {
		this.path = path;
		this.status = status;
	}

	/** A file name for the page's screenshots. */
	public String fileName() {
		return name().toLowerCase().replace('_', '-');
	}

	/** What the pages name: the matrix's main skill, a level in the middle and roles with gaps where it has them. */
	private static final class Paths {

		static final TestMatrix.Skill SKILL = TestMatrix.skill();

		static final String LEVEL = TestMatrix.middle().slug();

		/** What to cover to advance across the role with the most skills. */
		static final String ROLE_ADVANCE = "/roles/" + Slugs.of(RoleSteps.roleWithMostSkills()) + "/advance";

		/** A word the matrix holds: the first of the main skill's name. */
		static final String WORD = URLEncoder.encode(SKILL.name().split("\\s+")[0], StandardCharsets.UTF_8);

		static final String ABSENT_ROLE = SKILL.roleAbsentSomewhere().orElse(SKILL.mainRole());

		/** Up to six roles, one not expected at some level among them. */
		static final String SIX_ROLES = Stream.concat(Stream.of(ABSENT_ROLE), SKILL.roles().stream())
			.distinct()
			.limit(6)
			.map((role) -> "roles=" + Slugs.of(role))
			.collect(Collectors.joining("&"));

		/**
		 * Ticks that give a self-check's answer all its parts: the role's first level met in full, and the first
		 * statement of its third level, with the second level's statements open below it.
		 */
		static final List<String> SELF_CHECK_TICKS = selfCheckTicks();

		/** The role with the most skills, whose plan is the longest. */
		static final String PLAN_ROLE = TestMatrix.roleWithMostSkills();

		/**
		 * A plan's compact address with a bit of everything: levels, "not yet", and a skill left unanswered where the
		 * role has more than one.
		 */
		static String planAnswers() {
			List<String> skills = TestMatrix.skillsOf(PLAN_ROLE).stream().map(TestMatrix.Skill::slug).toList();
			List<String> choices = new ArrayList<>(TestMatrix.levelSlugs());
			choices.add(PlanAddress.NONE);
			Map<String, String> answers = new LinkedHashMap<>();
			for (int i = 0; i < skills.size(); i++) {
				if (i < skills.size() - 1 || skills.size() == 1) {
					answers.put(skills.get(i), choices.get((i + 1) % choices.size()));
				}
			}
			return PlanAddress.encode(skills, TestMatrix.levelSlugs(), answers);
		}

		static String skill(String rest) {
			return SKILL.path() + rest;
		}

		private static List<String> selfCheckTicks() {
			List<Matrix.Cell> cells = SKILL.cellsOf(ABSENT_ROLE).stream().filter(Objects::nonNull).toList();
			List<String> ticks = new ArrayList<>(SKILL.statementIds(ABSENT_ROLE, cells.get(0).level()));
			if (cells.size() > 2) {
				ticks.add(SKILL.statementIds(ABSENT_ROLE, cells.get(2).level()).get(0));
			}
			return ticks;
		}

	}

}
