package com.skillmatrix.api;

import java.util.List;
import java.util.stream.IntStream;

import com.skillmatrix.system.PageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTests {

	private static final List<Integer> ITEMS = IntStream.rangeClosed(1, 7).boxed().toList();

	@Test
	void withoutParametersTheFirstPageHoldsTheDefaultSize() {
		assertThat(Paging.of(null, null)).isEqualTo(new Paging(1, Paging.DEFAULT_SIZE));
		assertThat(Paging.of(null, null).of(ITEMS)).isEqualTo(ITEMS);
	}

	@Test
	void pagesCutTheListInOrderAndTheLastHoldsTheRest() {
		assertThat(Paging.of("1", "3").of(ITEMS)).containsExactly(1, 2, 3);
		assertThat(Paging.of("3", "3").of(ITEMS)).containsExactly(7);
		assertThat(Paging.of("1", "3").pages(ITEMS.size())).isEqualTo(3);
		assertThat(Paging.of("1", "3").pages(0)).as("an empty list has its first page").isEqualTo(1);
		assertThat(Paging.of("1", "3").of(List.of())).isEmpty();
		assertThat(Paging.of("2", "3").url("/api/v1/skills", 3)).isEqualTo("/api/v1/skills?page=3&size=3");
	}

	@Test
	void aPagePastTheEndIsNotFound() {
		assertRefused(() -> Paging.of("4", "3").of(ITEMS), "notFound.page");
	}

	@Test
	void aValueThatIsNotAWholeNumberInRangeIsABadRequest() {
		for (String page : List.of("0", "-1", "1.5", "", " 1", "1,2", "99999999999", "one")) {
			assertRefused(() -> Paging.of(page, null), "badRequest.page");
		}
		for (String size : List.of("0", "201", "1e2")) {
			assertRefused(() -> Paging.of(null, size), "badRequest.size");
		}
		assertThat(Paging.of("2", "200")).isEqualTo(new Paging(2, 200));
	}

	private static void assertRefused(Runnable paging, String messageCode) {
		assertThatThrownBy(paging::run).isInstanceOfSatisfying(PageException.class,
				(ex) -> assertThat(ex.getDetailMessageCode()).isEqualTo(messageCode));
	}

}
