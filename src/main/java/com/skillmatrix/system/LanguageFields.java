package com.skillmatrix.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Where a page's address named its language, the addresses Java built for it (filters, pagers, the comparison's
 * switches) name it too, and every form sends it along: a GET form drops its action's query.
 */
@Component("requestDataValueProcessor")
class LanguageFields implements RequestDataValueProcessor {

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		return action;
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return value;
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		InterfaceLanguage.Choice choice = Languages.choice(request);
		return (choice.source() == InterfaceLanguage.Source.ADDRESS)
				? Map.of(InterfaceLanguage.PARAMETER, choice.language().code()) : Map.of();
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		InterfaceLanguage.Choice choice = Languages.choice(request);
		return (choice.source() == InterfaceLanguage.Source.ADDRESS)
				? Languages.withLanguage(url, choice.language(), true) : url;
	}

}
