package com.skillmatrix.skill;

import java.net.URI;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;
import com.skillmatrix.system.RequiredOnly;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A skill's profile with its growth overview, the level picker, and the role table of each level. */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class SkillController {

	private final SkillProfiles profiles;

	SkillController(SkillProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/skills/{skill}")
	String overview(@PathVariable String skill, Model model) {
		model.addAttribute("profile", Requested.skill(this.profiles, skill));
		return "skill/overview";
	}

	/** The level picker is a plain GET form, so that it works without JavaScript: it lands here. */
	@GetMapping(path = "/skills/{skill}", params = "level")
	ResponseEntity<Void> pickLevel(@PathVariable String skill, @RequestParam MultiValueMap<String, String> query) {
		SkillProfile profile = Requested.skill(this.profiles, skill);
		Level chosen = Requested.levelParameter(profile, "level", query.get("level"));
		URI target = UriComponentsBuilder.fromPath("/skills/{skill}/levels/{level}")
			.build(profile.skill().slug(), chosen.slug());
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(target).build();
	}

	@GetMapping("/skills/{skill}/levels/{level}")
	String level(@PathVariable String skill, @PathVariable String level,
			@RequestParam MultiValueMap<String, String> query, Model model) {
		SkillProfile profile = Requested.skill(this.profiles, skill);
		Level current = Requested.level(profile, level);
		model.addAttribute("profile", profile);
		model.addAttribute("level", LevelTable.of(profile, current, RequiredOnly.of(query)));
		return "skill/level";
	}

}
