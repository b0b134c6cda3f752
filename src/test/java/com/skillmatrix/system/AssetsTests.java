package com.skillmatrix.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses are the site's own files, which the page cache and the language filter leave alone. */
class AssetsTests {

	@Test
	void theStylesheetScriptAndIconAreAssets() {
		assertThat(Assets.holds("/css/skill-matrix-0a1b.css")).isTrue();
		assertThat(Assets.holds("/js/skill-matrix-0a1b.js")).isTrue();
		assertThat(Assets.holds("/favicon.ico")).isTrue();
		assertThat(Assets.holds("/favicon-0a1b.ico")).isTrue();
	}

	@Test
	void swaggerUisFilesAreAssetsToo() {
		assertThat(Assets.holds("/api/v1/swagger-ui/index.html")).isTrue();
		assertThat(Assets.holds("/api/v1/swagger-ui/swagger-ui-bundle.js")).isTrue();
		assertThat(Assets.holds("/api/v1/docs")).isFalse();
		assertThat(Assets.holds("/api/v1/openapi.json")).isFalse();
	}

	@Test
	void pagesDownloadsAndTheApiAreNot() {
		assertThat(Assets.holds("/")).isFalse();
		assertThat(Assets.holds("/skills/css")).isFalse();
		assertThat(Assets.holds("/export.csv")).isFalse();
		assertThat(Assets.holds("/api/v1/skills")).isFalse();
		assertThat(Assets.holds("/favicon")).isFalse();
	}

}
