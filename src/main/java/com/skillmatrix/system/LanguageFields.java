package com.skillmatrix.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Where a page's address named its language, the addresses Java built for it (filters, pagers, the comparison's
 * switches) name it too, and every form sends it along as a field, since a GET form drops its action's query.
 */
@Component("requestDataValueProcessor")
class LanguageFields implements RequestDataValueProcessor {

	/**
	 * A form's action without the language its link was given: the form sends it as a field, and a script that adds
	 * the form's fields to its action must not find a query there already.
	 */
	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		return Languages.withoutLanguage(action, true);
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
