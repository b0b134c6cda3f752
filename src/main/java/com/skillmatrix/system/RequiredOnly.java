package com.skillmatrix.system;

import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * The "Required only" switch that hides optional expectations: {@code ?required=only}, or absent for everything.
 */
public final class RequiredOnly {

	public static final String PARAMETER = "required";

	public static final String VALUE = "only";

	private RequiredOnly() {
	}

	public static boolean of(MultiValueMap<String, String> query) {
		List<String> values = query.get(PARAMETER);
		if (values == null) {
			return false;
		}
		if (values.size() != 1 || !values.get(0).equals(VALUE)) {
			throw PageException.badRequest("badRequest.requiredOnly", PARAMETER, VALUE);
		}
		return true;
	}

}
