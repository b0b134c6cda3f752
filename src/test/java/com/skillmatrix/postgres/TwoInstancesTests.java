package com.skillmatrix.postgres;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Two stateless instances on one PostgreSQL database serve the same pages: that is how the site grows. */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class TwoInstancesTests {

	private static final List<String> PAGES = List.of("/", "/skills/vault-secrets",
			"/skills/vault-secrets/levels/senior", "/skills/vault-secrets/advance?from=middle",
			"/skills/vault-secrets/roles/devops-engineer", "/roles/devops-engineer",
			"/skills/vault-secrets/compare?roles=devops-engineer&roles=cloud-engineer", "/skills/kubernetes");

	@Test
	void serveIdenticalPagesWithoutSessions() {
		PostgresCluster cluster = TestDatabase.sharedCluster();
		try (Instance first = Instance.start(cluster); Instance second = Instance.start(cluster)) {
			for (String path : PAGES) {
				HttpResponse<String> response = first.get(path);
				assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
				assertThat(second.page(path)).as(path).isEqualTo(first.page(path)).contains("</html>");
			}
			assertThat(first.get("/skills/vault-secrets").body()).contains("Secrets Management");
			assertThat(second.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

}
