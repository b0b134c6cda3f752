package com.skillmatrix.system;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the page's own address, for the canonical link and navigation. The
 * query is part of it, since every parameter a page accepts changes what it shows; unknown ones are refused.
 */
@ControllerAdvice
class LayoutAdvice {

	/**
	 * The page in its own language: as addressed where the address named the language, else with the language the
	 * browser chose named, so that the link always shows what this reader saw (an English page needs no name).
	 */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		InterfaceLanguage.Choice choice = Languages.choice(request);
		if (choice.source() == InterfaceLanguage.Source.ADDRESS) {
			return address(request).build().toUriString();
		}
		return inLanguage(request,
				(choice.language() != InterfaceLanguage.DEFAULT) ? choice.language().code() : null);
	}

	/** The same page in each language, and without one ({@code x-default}) for the browser to choose. */
	@ModelAttribute("alternates")
	List<Alternate> alternates(HttpServletRequest request) {
		List<Alternate> alternates = new ArrayList<>();
		for (InterfaceLanguage language : InterfaceLanguage.values()) {
			alternates.add(new Alternate(language.code(), inLanguage(request, language.code())));
		}
		alternates.add(new Alternate("x-default", inLanguage(request, null)));
		return alternates;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static UriComponentsBuilder address(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequest(request);
	}

	/** The page's absolute address with its language named, or with none for null. */
	private static String inLanguage(HttpServletRequest request, String code) {
		return address(request)
			.replaceQueryParam(InterfaceLanguage.PARAMETER, (code != null) ? new Object[] { code } : new Object[0])
			.build()
			.toUriString();
	}

	/** A {@code <link rel="alternate" hreflang>}. */
	record Alternate(String hreflang, String href) {
	}

}
