package com.skillmatrix.system;

import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * The "Required only" switch that hides optional expectations: {@code ?required=only}, or absent for everything;
 * and switches like it, which narrow a page to what one parameter names with the one value "only".
 */
public final class RequiredOnly {

	public static final String PARAMETER = "required";

	public static final String VALUE = "only";

	private RequiredOnly() {
	}

	public static boolean of(MultiValueMap<String, String> query) {
		return of(query, PARAMETER, "badRequest.requiredOnly");
	}

	/**
	 * Whether a switch is on: its parameter given once, as "only". Any other value, or the parameter repeated, is a
	 * bad request in the words of the message code, which takes the parameter and the value.
	 */
	public static boolean of(MultiValueMap<String, String> query, String parameter, String messageCode) {
		List<String> values = query.get(parameter);
		if (values == null) {
			return false;
		}
		if (values.size() != 1 || !values.get(0).equals(VALUE)) {
			throw PageException.badRequest(messageCode, parameter, VALUE);
		}
		return true;
	}

}
