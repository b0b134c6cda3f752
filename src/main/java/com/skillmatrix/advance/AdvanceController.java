package com.skillmatrix.advance;

import com.skillmatrix.matrix.RoleAdvance;
import com.skillmatrix.matrix.RoleProfiles;
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
 * What to cover to advance from a level to the next: in one skill, for every role or for the roles chosen; and across
 * every skill of a role, to any higher level or, switching tracks, to another role's level.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class AdvanceController {

	private final SkillProfiles profiles;

	private final RoleProfiles roles;

	AdvanceController(SkillProfiles profiles, RoleProfiles roles) {
		this.profiles = profiles;
		this.roles = roles;
	}

	/** Parameters come as a map of their raw values, so that "a,b" stays one value and "" is seen as empty. */
	@GetMapping("/skills/{skill}/advance")
	String advance(@PathVariable String skill, @RequestParam MultiValueMap<String, String> query, Model model) {
		SkillProfile profile = Requested.skill(this.profiles, skill);
		Advance advance = Advance.of(profile, Requested.levelParameter(profile, "from", query.get("from")),
				Requested.roleParameters(profile, "role", query.get("role")));
		model.addAttribute("profile", profile);
		model.addAttribute("advance", advance);
		return "advance/advance";
	}

	/** One query per role: the role's profile, and the other role's where the page switches tracks. */
	@GetMapping("/roles/{role}/advance")
	String roleAdvance(@PathVariable String role, @RequestParam MultiValueMap<String, String> query, Model model) {
		RoleAdvance advance = Requested.roleAdvance(this.roles, role, query);
		model.addAttribute("advance", advance);
		model.addAttribute("url", RoleAdvanceUrl.of(advance, query));
		return "advance/role";
	}

}
