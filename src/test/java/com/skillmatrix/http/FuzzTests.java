package com.skillmatrix.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every route, bounded in count: random and overlong slugs, NUL bytes, path traversal, markup,
 * SQL fragments, broken percent-encoding and repeated parameters. Nothing may answer 5xx, leak internals or come
 * without the security headers, and nothing under the API may answer with a page. The seed is fixed, so that a
 * failure can be replayed.
 */
@WebTest
class FuzzTests {

	private static final String SKILL = TestMatrix.skill().path();

	private static final String LEVEL = TestMatrix.middle().slug();

	private static final String ROLE = Slugs.of(TestMatrix.skill().mainRole());

	private static final String OTHER_ROLE = Slugs.of(TestMatrix.skill().otherRole(TestMatrix.skill().mainRole()));

	private static final List<String> ROUTES = List.of("/skills/{s}", SKILL + "?level={s}",
			"/skills/{s}?level=" + LEVEL, SKILL + "/levels/{s}", "/skills/{s}/levels/" + LEVEL,
			SKILL + "/advance?from={s}", SKILL + "/advance?from=" + TestMatrix.first().slug() + "&role={s}",
			SKILL + "/roles/{s}", SKILL + "/roles/" + ROLE + "?level={s}", SKILL + "/compare?roles={s}&roles=" + ROLE,
			SKILL + "/compare?roles=" + OTHER_ROLE + "&roles=" + ROLE + "&level={s}",
			SKILL + "/levels/" + LEVEL + "?required={s}", "/roles/{s}", "/roles?lang={s}", "/roles/" + ROLE + "/levels/{s}", "/domains/{s}",
			"/roles/{s}/advance?from=" + LEVEL, "/roles/" + ROLE + "/advance?from={s}",
			"/roles/" + ROLE + "/advance?from=" + LEVEL + "&to={s}&required={s}",
			"/roles/" + ROLE + "/advance?from=" + LEVEL + "&to-role={s}&to-level={s}",
			"/roles/" + ROLE + "/advance?from=" + LEVEL + "&to-role=" + OTHER_ROLE + "&to-level={s}",
			"/api/v1/roles/" + ROLE + "/advance?from={s}&to-role={s}",
			"/skills/{s}/changes", "/search?q={s}", "/search?q=skill&level={s}&role={s}&domain={s}",
			"/search?q=skill&required={s}", SKILL + "/roles/{s}/self-check",
			SKILL + "/roles/" + ROLE + "/self-check?met={s}&met=" + LEVEL + "-1", "/{s}", "/css/{s}", "/skills/{s}/export.csv",
			"/roles/{s}/export.csv", "/api/v1/skills/{s}", "/api/v1/roles/{s}", "/api/v1/skills?page={s}",
			"/roles/compare?roles={s}&roles=" + ROLE + "&level=" + LEVEL,
			"/roles/compare?roles=" + OTHER_ROLE + "&roles=" + ROLE + "&level={s}",
			"/roles/compare?roles=" + OTHER_ROLE + "&roles=" + ROLE + "&level=" + LEVEL + "&differences={s}&required={s}",
			"/api/v1/roles/compare?roles={s}&roles=" + ROLE + "&level=" + LEVEL,
			"/api/v1/roles/compare?roles=" + OTHER_ROLE + "&roles=" + ROLE + "&level={s}&differences={s}",
			"/roles/{s}/export.csv", "/roles/{s}/plan", "/roles/" + ROLE + "/plan?{s}=" + LEVEL,
			"/roles/" + ROLE + "/plan?" + TestMatrix.skill().slug() + "={s}", "/roles/" + ROLE + "/plan?P={s}",
			"/roles/" + ROLE + "/plan?P=1.43.{s}", "/api/v1/roles/" + ROLE + "/plan?P={s}",
			"/api/v1/roles/" + ROLE + "/plan?" + TestMatrix.skill().slug() + "={s}",
			"/api/v1/skills/{s}", "/api/v1/roles/{s}", "/api/v1/skills?page={s}",
			"/api/v1/skills?size={s}&page=1", "/api/v1/search?q={s}", "/api/v1/{s}");

	private static final List<String> HOSTILE = List.of("%00", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd",
			"%2e%2e%2f", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>", "'%20OR%20'1'='1", "1;DROP%20TABLE%20cells",
			"%", "%zz", "%e0%80%af", "%c0%ae%c0%ae", "%ff", "%0d%0aSet-Cookie:%20x=1", "\\..\\..", "%5c", "..;",
			"%25", "&level=" + TestMatrix.first().slug() + "&level=" + TestMatrix.last().slug(), "?", "#frag", "%20", "",
			"%09", "%7B%7D", "$%7Bjndi:ldap://x%7D",
			"*", "NULL", "-1", "9".repeat(40), "%u0000", "\u00e9", "%C3%A9", "a".repeat(300), "a".repeat(2500));

	/** What HTTP allows in a request's address (RFC 3986), broken escapes included: the server reads the rest. */
	private static final Pattern REQUEST_TARGET = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

	@LocalServerPort
	private int port;

	@Test
	void hostileInputNeverBreaksTheSite() {
		Random random = new Random(20261125);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (String route : ROUTES) {
			List<String> inputs = new ArrayList<>(HOSTILE);
			for (int i = 0; i < 25; i++) {
				inputs.add(randomSlug(random));
			}
			for (String input : inputs) {
				String target = route.replace("{s}", input.replace(" ", "%20"));
				RawHttp.Response response = RawHttp.get(this.port, target);
				sent++;
				String problem = problem(target, response);
				if (problem != null) {
					failures.add(response.status() + " " + target + ": " + problem);
				}
			}
		}
		System.out.println("FuzzTests sent " + sent + " hostile requests to " + ROUTES.size() + " routes; "
				+ failures.size() + " failed.");
		assertThat(sent).isGreaterThanOrEqualTo(500);
		assertThat(failures).isEmpty();
	}

	private static String problem(String target, RawHttp.Response response) {
		if (response.status() >= 500) {
			return "server error";
		}
		String type = String.valueOf(response.header("Content-Type"));
		// A request line that is not HTTP is turned away before its address is read, so none can say it was the API's.
		if (target.startsWith("/api/") && REQUEST_TARGET.matcher(target).matches() && response.status() >= 400
				&& !type.startsWith("application/problem+json")) {
			return "an error under the API that is not a problem in JSON";
		}
		if (response.header("Content-Security-Policy") == null || response.header("X-Content-Type-Options") == null) {
			return "security headers missing";
		}
		if (response.header("Set-Cookie") != null) {
			return "a cookie was set";
		}
		String body = response.body();
		// JSON quotes what was asked for as text, which no browser runs; a page must escape it.
		List<String> markup = type.startsWith("text/html") ? List.of("<script>") : List.of();
		for (String internal : Stream.concat(Stream.of("Exception", "exception", "Tomcat", "at com.", "at org.", "SQL",
				"Whitelabel"), markup.stream()).toList()) {
			if (body.contains(internal)) {
				return "leaks '" + internal + "'";
			}
		}
		return null;
	}

	/** A slug-like string of random length from letters, digits and the characters that break parsers. */
	private static String randomSlug(Random random) {
		String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.~%!$&'()*+,;=:@/<>\"";
		StringBuilder slug = new StringBuilder();
		int length = 1 + random.nextInt(random.nextBoolean() ? 20 : 400);
		for (int i = 0; i < length; i++) {
			char c = alphabet.charAt(random.nextInt(alphabet.length()));
			slug.append((c == '<' || c == '>' || c == '"') ? "%" + Integer.toHexString(c).toUpperCase() : c);
		}
		return slug.toString();
	}

}
