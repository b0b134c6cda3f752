package com.skillmatrix.catalogue;

import java.util.Optional;

import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.CatalogueSkills;
import com.skillmatrix.matrix.Slugs;
import com.skillmatrix.system.PageException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The catalogue of skills and roles, and each domain's part of it on a page of its own. */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class CatalogueController {

	private final CatalogueSkills skills;

	private final CatalogueRepository catalogue;

	private final Levels levels;

	CatalogueController(CatalogueSkills skills, CatalogueRepository catalogue, Levels levels) {
		this.skills = skills;
		this.catalogue = catalogue;
		this.levels = levels;
	}

	@GetMapping("/")
	String catalogue(Model model) {
		model.addAttribute("catalogue", load());
		return "catalogue/catalogue";
	}

	@GetMapping("/domains/{domain}")
	String domain(@PathVariable String domain, Model model) {
		Catalogue catalogue = load();
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("domain", (Slugs.isSlug(domain) ? catalogue.domain(domain) : Optional.<Catalogue.DomainGroup>empty())
			.orElseThrow(() -> PageException.notFound("notFound.domain", domain)
				.withLinks(catalogue.domains()
					.stream()
					.map((group) -> new PageException.PageLink(group.name(), "/domains/" + group.slug()))
					.toList())));
		return "catalogue/domain";
	}

	private Catalogue load() {
		return Catalogue.of(this.skills.findAll(), this.catalogue.findSkillRoles(), this.levels.findAll());
	}

}
