package com.skillmatrix.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the shared layout needs on every page: the page's own address, for the canonical link and navigation. The
 * query is part of it, since every parameter a page accepts changes what it shows; unknown ones are refused.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
