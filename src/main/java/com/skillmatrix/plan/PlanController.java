package com.skillmatrix.plan;

import com.skillmatrix.matrix.PlanAddress;
import com.skillmatrix.matrix.PlanAnswers;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.system.Requested;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A growth plan: the engineer picks, for every skill of a role, the highest level they meet, and the page answers
 * which level of the role they meet in full and what to cover next. The form submits by GET, one parameter a skill;
 * that long address is answered with the compact one that holds the same answers, which is the page to bookmark,
 * mail and print.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class PlanController {

	private final RoleProfiles roles;

	PlanController(RoleProfiles roles) {
		this.roles = roles;
	}

	@GetMapping("/roles/{role}/plan")
	ModelAndView plan(@PathVariable String role, @RequestParam MultiValueMap<String, String> query) {
		RoleProfile profile = Requested.roleProfile(this.roles, role);
		PlanAnswers answers = Requested.planAnswers(profile, query);
		if (!answers.compact() && !answers.blank()) {
			return new ModelAndView(seeOther(address(profile, answers.address(profile))));
		}
		return new ModelAndView("plan/plan", "page", PlanPage.of(profile, answers));
	}

	/**
	 * An answer that sends the browser on, as the level picker's does: the address as it is, which the language filter
	 * extends with the page's language like any other.
	 */
	private static View seeOther(String location) {
		return (model, request, response) -> {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + location);
		};
	}

	/** The plan's compact address. */
	static String address(RoleProfile profile, String value) {
		return UriComponentsBuilder.fromPath("/roles/{role}/plan")
			.queryParam(PlanAddress.PARAMETER, value)
			.buildAndExpand(profile.role().slug())
			.encode()
			.toUriString();
	}

}
