package com.skillmatrix.compare;

import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleChoice;
import com.skillmatrix.matrix.RoleComparison;
import com.skillmatrix.matrix.RoleComparisons;
import com.skillmatrix.system.RoleComparisonRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two to six roles side by side at one level, across every skill: what a manager asks when two tracks meet. The
 * choice lives in the URL, so that a comparison can be bookmarked; without one the page offers the picker alone,
 * and a bad one is shown in it with what is wrong. Its path is a literal, so it wins over {@code /roles/{role}}.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class RoleCompareController {

	private final RoleComparisons comparisons;

	RoleCompareController(RoleComparisons comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/roles/compare")
	ModelAndView compare(@RequestParam MultiValueMap<String, String> query) {
		RoleComparisonRequest request = RoleComparisonRequest.of(query, this.comparisons);
		boolean chosen = query.containsKey(RoleComparisonRequest.ROLES);
		// No choice yet is no mistake: the page offers the picker.
		RoleChoice choice = chosen ? request.choice() : new RoleChoice(List.of(), List.of());
		CompareUrl url = CompareUrl.acrossMatrix(choice.roles().stream().map(Role::slug).toList(), null,
				request.differencesOnly(), request.requiredOnly());
		// A choice needs a level; without one, a level given presets the picker, and is checked all the same.
		Level level = (chosen || request.levelValues() != null)
				? request.level((each) -> url.withLevel(each.slug()).toString()) : null;
		ModelAndView view = new ModelAndView("compare/roles");
		view.addObject("roles", request.roles());
		view.addObject("levels", request.levels());
		view.addObject("level", level);
		view.addObject("choice", choice);
		view.addObject("differencesOnly", request.differencesOnly());
		view.addObject("requiredOnly", request.requiredOnly());
		view.addObject("url", url.withLevel((level != null) ? level.slug() : null));
		if (!chosen) {
			return view;
		}
		if (!choice.valid()) {
			view.setStatus(HttpStatus.BAD_REQUEST);
			return view;
		}
		RoleComparison comparison = request.comparison(level);
		view.addObject("comparison", comparison);
		view.addObject("shown", comparison.only(request.differencesOnly(), request.requiredOnly()));
		return view;
	}

}
