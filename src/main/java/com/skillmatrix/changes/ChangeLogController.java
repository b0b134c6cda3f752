package com.skillmatrix.changes;

import java.util.List;

import com.skillmatrix.matrix.Slugs;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A skill's change log: what each import of the data folder changed in it. It outlives a removed skill. */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class ChangeLogController {

	private final ChangeLogs logs;

	private final SkillProfiles skills;

	ChangeLogController(ChangeLogs logs, SkillProfiles skills) {
		this.logs = logs;
		this.skills = skills;
	}

	/** A skill loaded before its history began has an empty log; a slug that never named a skill is not found. */
	@GetMapping("/skills/{skill}/changes")
	String changes(@PathVariable String skill, Model model) {
		List<ChangeLog.Entry> entries = Slugs.isSlug(skill) ? this.logs.findBySkill(skill) : List.of();
		ChangeLog log = entries.isEmpty() ? ChangeLog.empty(Requested.skill(this.skills, skill).skill())
				: ChangeLog.of(entries);
		model.addAttribute("log", log);
		return "changes/changes";
	}

}
