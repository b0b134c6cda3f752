package com.skillmatrix.selfcheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.PlanAddress;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.PageException;
import com.skillmatrix.system.PageException.PageLink;
import com.skillmatrix.system.Requested;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A self-check: an engineer ticks the statements of each level that they meet, and the page answers which level
 * they have reached and what is left for the next. The form submits by GET to the same address, so that the address
 * holds the whole state, to bookmark, share or print.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class SelfCheckController {

	private static final String MET = "met";

	private final SkillProfiles profiles;

	SelfCheckController(SkillProfiles profiles) {
		this.profiles = profiles;
	}

	/** Any value of {@code met}, even the form's empty one with nothing ticked, asks for the answer. */
	@GetMapping("/skills/{skill}/roles/{role}/self-check")
	String selfCheck(@PathVariable String skill, @PathVariable String role,
			@RequestParam MultiValueMap<String, String> query, Model model) {
		SkillProfile profile = Requested.skill(this.profiles, skill);
		Role chosen = Requested.role(profile, role);
		Checklist checklist = Checklist.of(profile, chosen);
		List<String> values = query.get(MET);
		Set<String> met = met(profile, checklist, (values != null) ? values : List.of());
		model.addAttribute("profile", profile);
		model.addAttribute("checklist", checklist);
		model.addAttribute("met", met);
		Answer answer = (values != null) ? Answer.of(checklist, met) : null;
		model.addAttribute("answer", answer);
		if (answer != null) {
			model.addAttribute("plan", plan(profile, chosen, answer));
		}
		return "selfcheck/selfcheck";
	}

	/** The role's growth plan with this skill answered at the level the self-check reached, or "not yet". */
	private static String plan(SkillProfile profile, Role role, Answer answer) {
		return UriComponentsBuilder.fromPath("/roles/{role}/plan")
			.queryParam(profile.skill().slug(), (answer.reached() != null) ? answer.reached().slug() : PlanAddress.NONE)
			.buildAndExpand(role.slug())
			.encode()
			.toUriString();
	}

	/**
	 * The statements {@code met} names. An empty value names none: the form sends one, so that a check with nothing
	 * ticked still gets its answer. More values than statements, an unknown or repeated id, or one of a level where
	 * the role has no cell is a bad request that says which value is wrong.
	 */
	private static Set<String> met(SkillProfile profile, Checklist checklist, List<String> values) {
		String skill = profile.skill().name();
		String role = checklist.role().name();
		List<PageLink> start = List.of(new PageLink(role, "/skills/" + profile.skill().slug() + "/roles/"
				+ checklist.role().slug() + "/self-check"));
		List<String> ids = values.stream().filter((value) -> !value.isEmpty()).toList();
		if (ids.size() > checklist.size()) {
			throw PageException.badRequest("badRequest.met.tooMany", MET, ids.size(), role, checklist.size(), skill)
				.withLinks(start);
		}
		Set<String> met = new LinkedHashSet<>();
		for (String id : ids) {
			if (checklist.statement(id).isEmpty()) {
				Level level = checklist.unexpectedLevel(id).orElse(null);
				throw ((level != null)
						? PageException.badRequest("badRequest.met.notExpected", id, MET, level.name(), role, skill)
						: PageException.badRequest("badRequest.met.unknown", id, MET, role, skill,
								checklist.expected().get(0).statements().get(0).id()))
					.withLinks(start);
			}
			if (!met.add(id)) {
				throw PageException.badRequest("badRequest.repeated", id, MET).withLinks(start);
			}
		}
		return met;
	}

}
