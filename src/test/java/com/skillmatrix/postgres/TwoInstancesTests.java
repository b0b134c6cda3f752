package com.skillmatrix.postgres;

import java.net.http.HttpResponse;
import java.util.List;

import com.skillmatrix.Instance;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Two stateless instances on one PostgreSQL database serve the same pages: that is how the site grows. */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class TwoInstancesTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	private static final String ROLE = Slugs.of(SKILL.mainRole());

	private static final List<String> PAGES = List.of("/", SKILL.path(),
			SKILL.path() + "/levels/" + TestMatrix.middle().slug(),
			SKILL.path() + "/advance?from=" + TestMatrix.first().slug(), SKILL.path() + "/roles/" + ROLE,
			"/roles/" + ROLE,
			SKILL.path() + "/compare?roles=" + ROLE + "&roles=" + Slugs.of(SKILL.otherRole(SKILL.mainRole())),
			"/skills/" + TestMatrix.absentSlug());

	@Test
	void serveIdenticalPagesWithoutSessions() {
		PostgresCluster cluster = TestDatabase.sharedCluster();
		try (Instance first = cluster.instance(); Instance second = cluster.instance()) {
			for (String path : PAGES) {
				HttpResponse<String> response = first.get(path);
				assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
				assertThat(second.page(path)).as(path).isEqualTo(first.page(path)).contains("</html>");
			}
			assertThat(Jsoup.parse(first.get(SKILL.path()).body()).select("h1").text()).isEqualTo(SKILL.name());
			assertThat(second.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

}
