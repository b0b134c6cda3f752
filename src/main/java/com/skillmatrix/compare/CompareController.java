package com.skillmatrix.compare;

import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleChoice;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.PageException;
import com.skillmatrix.system.Requested;
import com.skillmatrix.system.RequiredOnly;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two to six roles of a skill side by side. The choice lives in the URL, so that a comparison can be bookmarked
 * and pasted into chat; without a choice the page offers the picker alone.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class CompareController {

	private final SkillProfiles profiles;

	CompareController(SkillProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/skills/{skill}/compare")
	ModelAndView compare(@PathVariable String skill, @RequestParam MultiValueMap<String, String> query) {
		SkillProfile profile = Requested.skill(this.profiles, skill);
		boolean requiredOnly = RequiredOnly.of(query);
		Level level = query.containsKey("level") ? Requested.levelParameter(profile, "level", query.get("level"))
				: null;
		ModelAndView view = new ModelAndView("compare/compare");
		view.addObject("profile", profile);
		view.addObject("groups", Comparison.Group.of(profile));
		view.addObject("level", level);
		view.addObject("requiredOnly", requiredOnly);
		List<String> values = query.get("roles");
		RoleChoice choice = (values != null) ? RoleChoice.of(values, profile::role,
				(value) -> new RoleChoice.Mistake("compare.problem.unknown", PageException.quote(value),
						profile.skill().name()))
				: new RoleChoice(List.of(), List.of());
		view.addObject("choice", choice);
		view.addObject("url", CompareUrl.ofSkill(profile.skill().slug(),
				choice.roles().stream().map(Role::slug).toList(), (level != null) ? level.slug() : null,
				requiredOnly));
		if (values == null) {
			return view;
		}
		if (!choice.valid()) {
			view.setStatus(HttpStatus.BAD_REQUEST);
			return view;
		}
		view.addObject("comparison", Comparison.of(profile, choice.roles(), level, requiredOnly));
		return view;
	}

}
