package com.skillmatrix.index;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.index.SearchIndex.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Skill;
import com.skillmatrix.system.PageException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchRequestTests {

	private static final Level LEVEL = new Level("first", "First", 1);

	private static final Role ROLE = new Role("Some Role", "some-role");

	private final SearchIndex index = SearchIndex.of(
			List.of(new Skill(0, "A Skill", "a-skill", "", LocalDate.of(2026, 1, 1), "Area", "area", "Area",
					"area")),
			List.of(ROLE), List.of(LEVEL), List.of(new Cell("a-skill", "some-role", "first", true, "Does it.")));

	@Test
	void looksUpEachFilterAndStripsTheWords() {
		SearchRequest request = SearchRequest.of(
				parameters("q", "  does  ", "level", "first", "role", "some-role", "domain", "area", "required", "true"),
				this.index);
		assertThat(request.text()).isEqualTo("does");
		assertThat(request.level()).isEqualTo(LEVEL);
		assertThat(request.role()).isEqualTo(ROLE);
		assertThat(request.domain().slug()).isEqualTo("area");
		assertThat(request.query()).isEqualTo(new SearchQuery("does", "first", "some-role", "area", true));
	}

	@Test
	void anEmptyFilterIsNoFilter() {
		SearchRequest request = SearchRequest.of(parameters("q", "", "level", "", "role", ""), this.index);
		assertThat(request.hasText()).isFalse();
		assertThat(request.query()).isEqualTo(new SearchQuery("", null, null, null, false));
	}

	@Test
	void aFilterThatNamesNothingARepeatedParameterOrTooLongASearchIsABadRequest() {
		for (MultiValueMap<String, String> bad : List.of(parameters("level", "unknown"), parameters("role", "unknown"),
				parameters("domain", "unknown"), parameters("required", "yes"), parameters("q", "a", "q", "b"),
				parameters("q", "a".repeat(SearchRequest.MAX_LENGTH + 1)))) {
			assertThatExceptionOfType(PageException.class).as(bad.toString())
				.isThrownBy(() -> SearchRequest.of(bad, this.index))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
		}
		assertThat(SearchRequest.of(parameters("q", "😀".repeat(SearchRequest.MAX_LENGTH)), this.index).text())
			.as("characters, not UTF-16 units, count")
			.hasSize(2 * SearchRequest.MAX_LENGTH);
	}

	private static MultiValueMap<String, String> parameters(String... namesAndValues) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

}
