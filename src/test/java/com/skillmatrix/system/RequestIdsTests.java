package com.skillmatrix.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A proxy's request id is kept when it is a plain token; anything that could break a log line or a header is not. */
class RequestIdsTests {

	@Test
	void aPlainTokenIsKept() {
		assertThat(RequestIds.id("0f8e2c1a-9b7d-4c3e-8a6f-5d4b3c2a1e0f")).isEqualTo("0f8e2c1a-9b7d-4c3e-8a6f-5d4b3c2a1e0f");
		assertThat(RequestIds.id("lb.7_A")).isEqualTo("lb.7_A");
		assertThat(RequestIds.id("a".repeat(64))).isEqualTo("a".repeat(64));
	}

	@Test
	void anythingElseIsReplacedByANewId() {
		for (String incoming : new String[] { null, "", "a".repeat(65), "id\r\nforged line", "{\"level\":\"ERROR\"}",
				"id with spaces", "caf\u00e9", "id;drop" }) {
			assertThat(RequestIds.id(incoming)).as(String.valueOf(incoming)).matches("[0-9a-f]{16}");
		}
		assertThat(RequestIds.id(null)).isNotEqualTo(RequestIds.id(null));
	}

}
