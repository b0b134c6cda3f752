package com.skillmatrix.catalogue;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class CatalogueController {

	private final CatalogueRepository catalogue;

	CatalogueController(CatalogueRepository catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String catalogue(Model model) {
		model.addAttribute("catalogue", Catalogue.of(this.catalogue.findSkills(), this.catalogue.findRoles(),
				this.catalogue.findLevels()));
		return "catalogue/catalogue";
	}

}
