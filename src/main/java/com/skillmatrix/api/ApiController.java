package com.skillmatrix.api;

import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.RoleEntries;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.CatalogueSkills;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

	@Operation(tags = "levels", summary = "The levels, lowest first")
	@GetMapping("/levels")
	LevelList levels(HttpServletRequest request) {
		return LevelList.of(this.levels.findAll(), ApiLinks.of(request));
	}

}
