package com.skillmatrix.role;

import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleEntries;
import com.skillmatrix.matrix.RoleEntry;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.SkillAtLevel;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every role of the matrix, a role in one skill level by level, and the role profile across every skill that HR
 * links to.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class RoleController {

	private final SkillProfiles skills;

	private final RoleProfiles roles;

	private final RoleEntries entries;

	private final Levels levels;

	RoleController(SkillProfiles skills, RoleProfiles roles, RoleEntries entries, Levels levels) {
		this.skills = skills;
		this.roles = roles;
		this.entries = entries;
		this.levels = levels;
	}

	/**
	 * Every role by name under its initial, each with its number of skills: where the header's "Roles" leads; and
	 * the form that picks roles to compare across the matrix.
	 */
	@GetMapping("/roles")
	String index(Model model) {
		List<RoleEntry> roles = this.entries.findAll();
		model.addAttribute("index", RoleIndex.of(roles));
		model.addAttribute("roles", roles);
		model.addAttribute("levels", this.levels.findAll());
		model.addAttribute("chosen", List.of());
		return "role/roles";
	}

	@GetMapping("/skills/{skill}/roles/{role}")
	String detail(@PathVariable String skill, @PathVariable String role,
			@RequestParam MultiValueMap<String, String> query, Model model) {
		SkillProfile profile = Requested.skill(this.skills, skill);
		Role chosen = Requested.role(profile, role);
		Level highlighted = query.containsKey("level") ? Requested.levelParameter(profile, "level", query.get("level"))
				: null;
		model.addAttribute("profile", profile);
		model.addAttribute("detail", RoleDetail.of(profile, chosen, highlighted));
		return "role/detail";
	}

	/** The profile, and every role to switch tracks to: two queries. */
	@GetMapping("/roles/{role}")
	String profile(@PathVariable String role, Model model) {
		RoleProfile profile = Requested.roleProfile(this.roles, role);
		model.addAttribute("profile", profile);
		model.addAttribute("otherRoles",
				this.roles.findAll().stream().filter((other) -> !other.equals(profile.role())).toList());
		return "role/profile";
	}

	/**
	 * One level of the role profile, with its descriptions: the page to paste into a job advert. Two queries, the
	 * levels and the role's cells at the level; a third for the role where it has no cell there.
	 */
	@GetMapping("/roles/{role}/levels/{level}")
	String level(@PathVariable String role, @PathVariable String level, Model model) {
		List<Level> levels = this.levels.findAll();
		List<SkillAtLevel> cells = this.roles.findLevel(role, level);
		Role found = cells.isEmpty() ? Requested.role(this.roles, role) : cells.get(0).cell().role();
		int index = levels.indexOf(Requested.roleLevel(found, levels, level));
		model.addAttribute("page", RoleLevel.of(found, levels, index, cells));
		return "role/level";
	}

}
