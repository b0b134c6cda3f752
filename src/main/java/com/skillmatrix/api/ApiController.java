package com.skillmatrix.api;

import com.skillmatrix.matrix.CatalogueSkills;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.RoleChoice;
import com.skillmatrix.matrix.RoleComparisons;
import com.skillmatrix.matrix.Plan;
import com.skillmatrix.matrix.PlanAddress;
import com.skillmatrix.matrix.PlanAnswers;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleEntries;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;
import com.skillmatrix.system.RoleComparisonRequest;
import com.skillmatrix.system.RequiredOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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

	private final RoleComparisons comparisons;

	ApiController(CatalogueSkills skillList, SkillProfiles skills, RoleEntries roleList, RoleProfiles roles,
			Levels levels, RoleComparisons comparisons) {
		this.skillList = skillList;
		this.skills = skills;
		this.roleList = roleList;
		this.roles = roles;
		this.levels = levels;
		this.comparisons = comparisons;
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

	@Operation(tags = "roles", summary = "Roles side by side at one level, across every skill",
			description = "Every skill in which any of the roles has a cell at the level, in the catalogue's order, "
					+ "with each role's cell (null where it is not expected) and whether the roles differ: not all "
					+ "expected, required for some and optional for others, or worded differently.",
			parameters = {
					@Parameter(name = RoleComparisonRequest.ROLES, in = ParameterIn.QUERY, required = true,
							description = "The roles' slugs, 2 to 6 of them, each given once, as repeated parameters.",
							explode = Explode.TRUE,
							array = @ArraySchema(schema = @Schema(type = "string"), minItems = RoleChoice.MIN,
									maxItems = RoleChoice.MAX, uniqueItems = true)),
					@Parameter(name = RoleComparisonRequest.LEVEL, in = ParameterIn.QUERY, required = true,
							description = "The level's slug.", schema = @Schema(type = "string")),
					@Parameter(name = RoleComparisonRequest.DIFFERENCES, in = ParameterIn.QUERY,
							description = "Only the skills where the roles differ.",
							schema = @Schema(type = "string", allowableValues = RequiredOnly.VALUE)),
					@Parameter(name = RequiredOnly.PARAMETER, in = ParameterIn.QUERY,
							description = "Only the skills required of at least one of the roles.",
							schema = @Schema(type = "string", allowableValues = RequiredOnly.VALUE)) })
	@GetMapping("/roles/compare")
	RoleComparisonResource compareRoles(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
		RoleComparisonRequest request = RoleComparisonRequest.of(query, this.comparisons);
		// A problem carries no links: the levels' own list stands for each.
		Level level = request.level((each) -> ApiLinks.BASE + "/levels");
		Requested.requireValid(request.choice());
		return RoleComparisonResource
			.of(request.comparison(level).only(request.differencesOnly(), request.requiredOnly()));
	}

	@Operation(tags = "roles", summary = "One role across every skill, level by level")
	@GetMapping("/roles/{role}")
	RoleResource role(@Parameter(description = "The role's slug.") @PathVariable String role,
			HttpServletRequest request) {
		return RoleResource.of(Requested.roleProfile(this.roles, role), ApiLinks.of(request));
	}

	@Operation(tags = "roles", summary = "What to cover to advance across every skill of a role",
			description = "The page /roles/{role}/advance as JSON, with the same parameters: from a level to the next, or "
					+ "to any higher one; switching tracks, to another role at any level. Every skill in which either "
					+ "end has a cell is listed, unchanged ones too, in the catalogue's order. toRole is the role the "
					+ "step leads to: the role itself unless the step switches tracks. From the top level with no "
					+ "target, to is null and skills is empty.")
	@GetMapping("/roles/{role}/advance")
	RoleAdvanceResource roleAdvance(@Parameter(description = "The role's slug.") @PathVariable String role,
			@Parameter(description = "The level the step starts at (slug).", required = true) @RequestParam(
					required = false) String from,
			@Parameter(description = "A level above from (slug); absent or empty: the next level. Not with to-role.")
			@RequestParam(required = false) String to,
			@Parameter(description = "Switching tracks: the other role (slug), given with to-level.")
			@RequestParam(name = "to-role", required = false) String toRole,
			@Parameter(description = "Switching tracks: the other role's level (slug), any level but the start's "
					+ "for the same role; given with to-role.")
			@RequestParam(name = "to-level", required = false) String toLevel,
			@Parameter(description = "'only' keeps the skills whose cell at the target is required.",
					schema = @Schema(allowableValues = "only")) @RequestParam(name = "required",
							required = false) String required,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
		return RoleAdvanceResource.of(Requested.roleAdvance(this.roles, role, query));
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
