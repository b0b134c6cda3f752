package com.skillmatrix.changes;

import java.time.LocalDateTime;
import java.util.List;

import com.skillmatrix.matrix.ItemDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeLogTests {

	@Test
	void importsAreGroupedNewestFirstAndARemovalIsSeen() {
		LocalDateTime first = LocalDateTime.of(2026, 1, 2, 10, 0);
		LocalDateTime second = LocalDateTime.of(2026, 2, 3, 11, 0);
		ChangeLog log = ChangeLog.of(List.of(
				new ChangeLog.Entry(2, second, "a", "A", "SKILL_REMOVED", null, null, null, null, null, null, null),
				new ChangeLog.Entry(1, first, "a", "A", "CELL_REWORDED", null, "Role", "role", "Low", "low",
						"Reads code.", "Reads and reviews code."),
				new ChangeLog.Entry(1, first, "a", "A", "FIELD", "SUMMARY", null, null, null, null, "Old", "New")));
		assertThat(log.removed()).isTrue();
		assertThat(log.imports()).extracting(ChangeLog.Import::date)
			.containsExactly(second.toLocalDate(), first.toLocalDate());
		assertThat(log.imports().get(1).changes()).hasSize(2);
		assertThat(log.imports().get(1).changes().get(0).words().next())
			.anySatisfy((segment) -> assertThat(segment.text()).isEqualTo("and reviews"));
		assertThat(log.imports().get(1).changes().get(0).byItem()).isFalse();
	}

	@Test
	void aNewDomainOrCategoryIsAMoveAndANewNameIsNot() {
		LocalDateTime at = LocalDateTime.of(2026, 1, 2, 10, 0);
		assertThat(List.of("DOMAIN", "CATEGORY", "NAME", "SUMMARY"))
			.map((field) -> new ChangeLog.Entry(1, at, "a", "A", "FIELD", field, null, null, null, null, "Old", "New")
				.moved())
			.containsExactly(true, true, false, false);
	}

	@Test
	void aListReWordedIsComparedItemByItem() {
		ChangeLog.Entry entry = new ChangeLog.Entry(1, LocalDateTime.of(2026, 1, 2, 10, 0), "a", "A", "CELL_REWORDED",
				null, "Role", "role", "Low", "low", "Reads code.", "Reads code.\nReviews designs");
		assertThat(entry.byItem()).isTrue();
		assertThat(entry.items().unchanged()).extracting(ItemDiff.Item::next).containsExactly("Reads code.");
		assertThat(entry.items().added()).extracting(ItemDiff.Item::next).containsExactly("Reviews designs");
		assertThat(entry.linesAfter().items()).containsExactly("Reads code.", "Reviews designs");
		assertThat(entry.linesBefore().list()).isFalse();
	}

}
