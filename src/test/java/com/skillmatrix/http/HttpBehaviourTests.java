package com.skillmatrix.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What the server says over HTTP, byte for byte: headers, statuses and caching, on the real server. */
@WebTest
class HttpBehaviourTests {

	private static final String SKILL = TestMatrix.skill().path();

	private static final String LEVEL = SKILL + "/levels/" + TestMatrix.middle().slug();

	private static final String OTHER_LEVEL = SKILL + "/levels/" + TestMatrix.previous(TestMatrix.middle()).slug();

	private static final String API = "/api/v1" + SKILL;

	@LocalServerPort
	private int port;

	static List<String> targets() {
		return List.of("/", "/roles", LEVEL, "/skills/" + TestMatrix.absentSlug(), SKILL + "?level=" + TestMatrix.absentSlug("no-such-level"), "/skills/%zz", "/css/skill-matrix.css",
				"/js/skill-matrix.js", "/css/missing.css", "/actuator/health",
				SKILL + "?level=" + TestMatrix.middle().slug(), "/export.csv", SKILL + "/export.csv", API,
				"/api/v1/skills/" + TestMatrix.absentSlug(), "/api/v1/skills/%zz", "/api/v1/openapi.json", "/favicon.ico");
	}

	@ParameterizedTest
	@MethodSource("targets")
	void everyResponseCarriesTheSecurityHeaders(String target) {
		RawHttp.Response response = RawHttp.get(this.port, target);
		String csp = response.header("Content-Security-Policy");
		assertThat(csp).as(target)
			.contains("default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
	}

	@Test
	void malformedAddressIsABadRequestPage() {
		for (String target : List.of("/skills/%zz", "/skills/%00", SKILL + "?level=%zz",
				"/skills/..%2F..%2Fetc%2Fpasswd")) {
			RawHttp.Response response = RawHttp.get(this.port, target);
			assertThat(response.status()).as(target).isEqualTo(400);
			assertSitePage(response, "There is a problem with this request");
		}
	}

	@Test
	void anAddressTheServerTurnsAwayGetsTheSameErrorPageAsTheSite() {
		Document server = Jsoup.parse(RawHttp.get(this.port, "/skills/%zz").body());
		Document site = Jsoup.parse(RawHttp.get(this.port, "/skills/vault-secrets?level=%zz").body());
		for (String part : List.of("title", "link[rel=stylesheet]", "script[src]", "body > a",
				"header .site-header__name", "header .site-nav", "header .site-search", "main",
				"footer .site-footer__text")) {
			assertThat(server.select(part).outerHtml()).as(part).isNotEmpty().isEqualTo(site.select(part).outerHtml());
		}
		// The language switch leads to the same address in each language, so it differs with the address.
		assertThat(server.select(".language-switch a").eachAttr("hreflang"))
			.isEqualTo(site.select(".language-switch a").eachAttr("hreflang"))
			.isNotEmpty();
	}

	@Test
	void otherMethodsThanGetAndHeadAreNotAllowed() {
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
			RawHttp.Response response = RawHttp.send(this.port, method, SKILL);
			assertThat(response.status()).as(method).isEqualTo(405);
			assertThat(response.header("Allow")).contains("GET");
			assertSitePage(response, "This page cannot be changed");
		}
		RawHttp.Response head = RawHttp.send(this.port, "HEAD", SKILL);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
	}

	@Test
	void pagesAreOnlyHtml() {
		RawHttp.Response response = RawHttp.get(this.port, SKILL, "Accept: application/json");
		assertThat(response.status()).isEqualTo(406);
		assertSitePage(response, "This page is only available as HTML");
	}

	@Test
	void overlongAddressAndHeadersGetTheirOwnStatus() {
		RawHttp.Response uri = RawHttp.get(this.port, "/skills/" + "a".repeat(3000));
		assertThat(uri.status()).isEqualTo(414);
		assertSitePage(uri, "This web address is too long");
		RawHttp.Response query = RawHttp.get(this.port, SKILL + "?level=" + "x".repeat(3000));
		assertThat(query.status()).isEqualTo(414);
		RawHttp.Response headers = RawHttp.get(this.port, "/", "X-Padding: " + "p".repeat(20_000));
		assertThat(headers.status()).isEqualTo(431);
		assertSitePage(headers, "This request is too large");
	}

	@Test
	void errorsNeverShowInternals() {
		for (String target : List.of("/error", "/skills/%zz", SKILL + "?level=%3Cscript%3E",
				"/skills/" + "'%20OR%201=1--", "/roles/%00", "/WEB-INF/web.xml", "/actuator/env",
				"/css/../application.properties")) {
			RawHttp.Response response = RawHttp.get(this.port, target);
			assertThat(response.status()).as(target).isBetween(400, 499);
			assertThat(response.body()).as(target)
				.doesNotContainIgnoringCase("exception")
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContainIgnoringCase("spring")
				.doesNotContain("SQL", "at com.", "at org.", "<script>", "trace");
		}
	}

	@Test
	void pagesCarryAnEtagAndAnswerAMatchingRevalidationWithNotModified() {
		RawHttp.Response first = RawHttp.get(this.port, LEVEL);
		String etag = first.header("ETag");
		assertThat(first.status()).isEqualTo(200);
		assertThat(etag).startsWith("W/\"");
		assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

		RawHttp.Response again = RawHttp.get(this.port, LEVEL, "If-None-Match: " + etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(etag);

		assertThat(RawHttp.get(this.port, OTHER_LEVEL, "If-None-Match: " + etag).status())
			.isEqualTo(200);
		assertThat(RawHttp.get(this.port, OTHER_LEVEL).header("ETag")).isNotEqualTo(etag);
	}

	/**
	 * Any form a client may send the tag in revalidates a kept page: in a list, in its strong form, and as {@code *},
	 * which matches any copy of a page that exists; an address with no page is still answered as such.
	 */
	@Test
	void aKeptPageIsNotModifiedForEveryFormOfItsTagAndForTheWildcard() {
		String etag = RawHttp.get(this.port, LEVEL).header("ETag");
		assertThat(etag).startsWith("W/\"");
		for (String ifNoneMatch : List.of("*", "\"other\", " + etag, etag.substring(2))) {
			RawHttp.Response again = RawHttp.get(this.port, LEVEL, "If-None-Match: " + ifNoneMatch);
			assertThat(again.status()).as(ifNoneMatch).isEqualTo(304);
			assertThat(again.body()).as(ifNoneMatch).isEmpty();
			assertThat(again.header("ETag")).as(ifNoneMatch).isEqualTo(etag);
		}
		String unknown = TestMatrix.skill().slug() + "-unknown";
		while (TestMatrix.skillSlugs().anyMatch(unknown::equals)) {
			unknown += "-unknown";
		}
		RawHttp.Response missing = RawHttp.get(this.port, "/skills/" + unknown, "If-None-Match: *");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("ETag")).isNull();
	}

	@Test
	void aPageServedAgainIsTheSameBytesWithTheSameHeaders() {
		List<String> roles = TestMatrix.roles();
		String role = roles.get(roles.size() - 1);
		String profile = "/roles/" + Slugs.of(role);
		RawHttp.Response first = RawHttp.get(this.port, profile);
		RawHttp.Response again = RawHttp.get(this.port, profile);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo(role);
		for (String header : List.of("Content-Type", "Content-Language", "ETag", "Cache-Control",
				"Content-Security-Policy")) {
			assertThat(again.header(header)).as(header).isEqualTo(first.header(header));
		}
		RawHttp.Response head = RawHttp.send(this.port, "HEAD", profile);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.header("ETag")).isEqualTo(first.header("ETag"));
		String other = "/roles/" + Slugs.of(roles.get(roles.size() - 2));
		RawHttp.Response headFirst = RawHttp.send(this.port, "HEAD", other);
		assertThat(headFirst.header("ETag")).as("a HEAD before any GET").startsWith("W/\"");
		assertThat(RawHttp.get(this.port, other).header("ETag")).isEqualTo(headFirst.header("ETag"));
	}

	@Test
	void downloadsAndTheApiCarryAnEtagAndAnswerARevalidationWithNotModified() {
		for (String target : List.of("/export.csv", "/levels.csv", API, "/api/v1/levels", "/api/v1/openapi.json")) {
			RawHttp.Response first = RawHttp.get(this.port, target, "Accept: application/json, text/csv");
			String etag = first.header("ETag");
			assertThat(first.status()).as(target).isEqualTo(200);
			assertThat(etag).as(target).startsWith("W/\"");
			assertThat(first.header("Cache-Control")).as(target).isEqualTo("no-cache");
			RawHttp.Response again = RawHttp.get(this.port, target, "Accept: application/json, text/csv",
					"If-None-Match: " + etag);
			assertThat(again.status()).as(target).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			RawHttp.Response kept = RawHttp.get(this.port, target, "Accept: */*");
			assertThat(kept.body()).as(target).isEqualTo(first.body());
			assertThat(kept.header("Content-Type")).as(target).isEqualTo(first.header("Content-Type"));
			assertThat(kept.header("Content-Disposition")).as(target).isEqualTo(first.header("Content-Disposition"));
		}
	}

	@Test
	void aKeptDownloadKeepsItsByteOrderMarkAndSaysItsLengthInBytes() {
		for (String target : List.of("/export.csv", "/levels.csv", SKILL + "/export.csv")) {
			RawHttp.Response first = RawHttp.get(this.port, target);
			RawHttp.Response kept = RawHttp.get(this.port, target);
			assertThat(kept.body()).as(target).startsWith("\uFEFF\"").isEqualTo(first.body());
			assertThat(kept.header("Content-Length")).as(target)
				.isEqualTo(String.valueOf(kept.body().getBytes(StandardCharsets.UTF_8).length));
			RawHttp.Response head = RawHttp.send(this.port, "HEAD", target);
			assertThat(head.header("Content-Length")).as(target).isEqualTo(kept.header("Content-Length"));
			assertThat(head.header("ETag")).as(target).isEqualTo(first.header("ETag"));
		}
	}

	@Test
	void theApiIsCompressedAndSetsNoCookie() {
		RawHttp.Response plain = RawHttp.get(this.port, API, "Accept: application/json");
		RawHttp.Response gzip = RawHttp.get(this.port, API, "Accept: application/json", "Accept-Encoding: gzip");
		assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.body()).isEqualTo(plain.body());
		assertThat(plain.header("Set-Cookie")).isNull();
		assertThat(RawHttp.get(this.port, "/export.csv", "Accept-Encoding: gzip").header("Content-Encoding"))
			.isEqualTo("gzip");
	}

	@Test
	void addressesUnderTheApiThatTheServerTurnsAwayAreProblemsToo() {
		for (String target : List.of("/api/v1/skills/%zz", "/api/v1/skills/%00", "/api/v1/levels?x=%zz",
				"/api/v1/skills/" + "a".repeat(3000))) {
			RawHttp.Response response = RawHttp.get(this.port, target, "Accept: application/json");
			assertThat(response.status()).as(target).isBetween(400, 499);
			assertThat(response.header("Content-Type")).as(target).startsWith("application/problem+json");
			assertThat(response.body()).as(target).contains("\"status\":" + response.status()).doesNotContain("<html");
		}
	}

	/** Tomcat closes a connection after 100 requests unless told otherwise; clients that keep one open keep it. */
	@Test
	void oneConnectionCarriesMoreThanAHundredRequests() {
		List<Integer> statuses = RawHttp.headOnOneConnection(this.port, "/", 250);
		assertThat(statuses).hasSize(250).containsOnly(200);
	}

	/** The answers to bad addresses are kept like pages: asked again, they are the same, status, bytes and headers. */
	@Test
	void anErrorAskedForAgainIsTheSameAnswer() {
		String oneRole = SKILL + "/compare?roles=" + Slugs.of(TestMatrix.skill().mainRole());
		String fromNowhere = SKILL + "/advance?from=" + TestMatrix.absentSlug("no-such-level");
		String unknown = TestMatrix.absentSlug("no-such-skill-again");
		for (String target : List.of("/skills/" + unknown, oneRole, fromNowhere, "/no-such-page",
				"/api/v1/skills/" + unknown)) {
			RawHttp.Response first = RawHttp.get(this.port, target);
			RawHttp.Response again = RawHttp.get(this.port, target);
			assertThat(first.status()).as(target).isBetween(400, 499);
			assertThat(again.status()).as(target).isEqualTo(first.status());
			assertThat(again.body()).as(target).isEqualTo(first.body());
			for (String header : List.of("Content-Type", "Content-Language", "Content-Security-Policy", "ETag",
					"Cache-Control")) {
				assertThat(again.header(header)).as(target + " " + header).isEqualTo(first.header(header));
			}
			RawHttp.Response head = RawHttp.send(this.port, "HEAD", target);
			assertThat(head.status()).as(target).isEqualTo(first.status());
			assertThat(head.body()).as(target).isEmpty();
		}
		RawHttp.Response jsonOnly = RawHttp.get(this.port, "/skills/" + unknown, "Accept: application/json");
		assertThat(jsonOnly.status()).as("a kept page is not served to a client that refuses it").isEqualTo(406);
	}

	@Test
	void errorPagesCarryNoEtag() {
		assertThat(RawHttp.get(this.port, "/skills/" + TestMatrix.absentSlug()).header("ETag")).isNull();
		String oneRole = SKILL + "/compare?roles=" + Slugs.of(TestMatrix.skill().mainRole());
		assertThat(RawHttp.get(this.port, oneRole).header("ETag")).isNull();
	}

	@Test
	void assetsAreFingerprintedAndKeptForAYear() {
		Document page = Jsoup.parse(RawHttp.get(this.port, "/").body());
		String css = page.select("link[rel=stylesheet]").attr("href");
		String js = page.select("script[src]").attr("src");
		assertThat(css).matches("/css/skill-matrix-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/js/skill-matrix-[0-9a-f]{32}\\.js");
		for (String asset : List.of(css, js)) {
			RawHttp.Response response = RawHttp.get(this.port, asset);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Cache-Control")).contains("max-age=31536000");
		}
	}

	/** Every browser asks for /favicon.ico on its first visit, whatever the page links: it is there, not a 404. */
	@Test
	void theSiteHasAnIconThatPagesLink() {
		RawHttp.Response icon = RawHttp.get(this.port, "/favicon.ico");
		assertThat(icon.status()).isEqualTo(200);
		assertThat(icon.header("Content-Type")).startsWith("image/");
		String linked = Jsoup.parse(RawHttp.get(this.port, "/").body()).select("link[rel=icon]").attr("href");
		assertThat(linked).matches("/favicon-[0-9a-f]{32}\\.ico");
		RawHttp.Response fingerprinted = RawHttp.get(this.port, linked);
		assertThat(fingerprinted.status()).isEqualTo(200);
		assertThat(fingerprinted.header("Cache-Control")).contains("max-age=31536000");
	}

	@Test
	void pagesAreCompressedWhenTheClientAcceptsIt() {
		RawHttp.Response plain = RawHttp.get(this.port, LEVEL);
		RawHttp.Response gzip = RawHttp.get(this.port, LEVEL, "Accept-Encoding: gzip");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.body()).isEqualTo(plain.body());
	}

	private static void assertSitePage(RawHttp.Response response, String heading) {
		assertThat(response.header("Content-Type")).startsWith("text/html");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.select("main#main-content")).hasSize(1);
		assertThat(page.select("a.skip-link")).hasSize(1);
		assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/css/");
	}

}
