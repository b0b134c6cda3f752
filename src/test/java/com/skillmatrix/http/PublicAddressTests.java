package com.skillmatrix.http;

import com.skillmatrix.Instance;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy: what a page says its address is, and why a forged Host header changes no one else's page. */
@WebTest
class PublicAddressTests {

	private static final String PAGE = TestMatrix.skill().path();

	@LocalServerPort
	private int port;

	@Test
	void aForgedHostChangesOnlyItsOwnAnswerNeverAnotherVisitorsPage() {
		for (String forged : new String[] { "Host: evil.example", "X-Forwarded-Host: evil.example" }) {
			Document own = Jsoup.parse(RawHttp.get(this.port, PAGE, forged).body());
			assertThat(own.select("link[rel=canonical]").attr("href")).as(forged).startsWith("http://evil.example");
			Document other = Jsoup.parse(RawHttp.get(this.port, PAGE).body());
			assertThat(other.select("link[rel=canonical]").attr("href")).as(forged)
				.isEqualTo("http://localhost:" + this.port + PAGE);
			assertThat(other.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:" + this.port + PAGE);
			assertThat(other.html()).doesNotContain("evil.example");
		}
	}

	@Test
	void thePublicAddressIsWhatEveryPageAndTheApiNameWhateverTheRequestSays() {
		try (Instance instance = Instance.start("--skillmatrix.public-url=https://skills.example.com/",
				"--spring.datasource.url=jdbc:h2:mem:public-address;DB_CLOSE_DELAY=-1")) {
			int port = instance.port();
			for (String[] headers : new String[][] { {}, { "Host: evil.example" },
					{ "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: http" } }) {
				Document page = Jsoup.parse(RawHttp.get(port, PAGE, headers).body());
				assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://skills.example.com" + PAGE);
				assertThat(page.select("meta[property=og:url]").attr("content"))
					.isEqualTo("https://skills.example.com" + PAGE);
				assertThat(page.select(".site-footer__print-url").text())
					.isEqualTo("Printed from https://skills.example.com" + PAGE);
				assertThat(RawHttp.get(port, "/api/v1" + PAGE, headers).body())
					.contains("\"htmlUrl\":\"https://skills.example.com" + PAGE + "\"")
					.doesNotContain("evil.example", "localhost");
			}
		}
	}

}
