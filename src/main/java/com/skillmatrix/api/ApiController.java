package com.skillmatrix.api;

import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.Plan;
import com.skillmatrix.matrix.PlanAddress;
import com.skillmatrix.matrix.PlanAnswers;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleEntries;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.CatalogueSkills;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API: the same read models as the pages, each resource with its own address and its page's.
 * An unknown slug or a bad parameter is raised here, as on the pages, and answered as a problem (system.Problems).
 */
@RestController
@RequestMapping(path = ApiLinks.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

	private final CatalogueSkills skillList;

	private final SkillProfiles skills;

	private final RoleEntries roleList;

	private final RoleProfiles roles;

	private final Levels levels;

	ApiController(CatalogueSkills skillList, SkillProfiles skills, RoleEntries roleList, RoleProfiles roles,
			Levels levels) {
		this.skillList = skillList;
		this.skills = skills;
		this.roleList = roleList;
		this.roles = roles;
		this.levels = levels;
	}

	@Operation(tags = "skills", summary = "Every skill, a page at a time",
			description = "In the catalogue's order: by domain, category and name.")
	@GetMapping("/skills")
	SkillList skills(
			@Parameter(description = "The page, from 1.",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) @RequestParam(
							required = false) String page,
			@Parameter(description = "How many skills a page holds.",
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + Paging.MAX_SIZE,
							defaultValue = "" + Paging.DEFAULT_SIZE)) @RequestParam(required = false) String size,
			HttpServletRequest request) {
		return SkillList.of(this.skillList.findAll(), Paging.of(page, size), ApiLinks.of(request));
	}

	@Operation(tags = "skills", summary = "One skill: its levels, roles and every cell, with its figures")
	@GetMapping("/skills/{skill}")
	SkillResource skill(@Parameter(description = "The skill's slug.") @PathVariable String skill,
			HttpServletRequest request) {
		return SkillResource.of(Requested.skill(this.skills, skill), ApiLinks.of(request));
	}

	@Operation(tags = "roles", summary = "Every role, by name")
	@GetMapping("/roles")
	RoleList roles(HttpServletRequest request) {
		return RoleList.of(this.roleList.findAll(), ApiLinks.of(request));
	}

	@Operation(tags = "roles", summary = "One role across every skill, level by level")
	@GetMapping("/roles/{role}")
	RoleResource role(@Parameter(description = "The role's slug.") @PathVariable String role,
			HttpServletRequest request) {
		return RoleResource.of(Requested.roleProfile(this.roles, role), ApiLinks.of(request));
	}

	@Operation(tags = "roles", summary = "A growth plan: the level of the role met in full for the answers given",
			description = "The same parameters as the plan's page: one a skill of the role, named by its slug, with a "
					+ "level's slug or \"none\" (\"?kubernetes=senior&terraform=none\"), or the compact address \""
					+ PlanAddress.PARAMETER + "\" that the page's form is sent on to. Without parameters, no skill is "
					+ "answered. A level is met in full when, in every skill, the level answered is at least every "
					+ "level up to it at which the role's cell is Required; open lists the role's cells at the next "
					+ "level or below it that the answers do not reach, Required first.")
	@Parameter(name = PlanAddress.PARAMETER, in = ParameterIn.QUERY,
			description = "The answers in the plan page's compact address.", schema = @Schema(type = "string"))
	@GetMapping("/roles/{role}/plan")
	PlanResource plan(@Parameter(description = "The role's slug.") @PathVariable String role,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
		RoleProfile profile = Requested.roleProfile(this.roles, role);
		PlanAnswers answers = Requested.planAnswers(profile, query);
		return PlanResource.of(profile.role().slug(), Plan.of(profile, answers.answers()));
	}

	@Operation(tags = "levels", summary = "The levels, lowest first")
	@GetMapping("/levels")
	LevelList levels(HttpServletRequest request) {
		return LevelList.of(this.levels.findAll(), ApiLinks.of(request));
	}

}
