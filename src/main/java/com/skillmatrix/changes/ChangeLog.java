package com.skillmatrix.changes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Change;
import com.skillmatrix.matrix.Change.Field;
import com.skillmatrix.matrix.Change.Kind;
import com.skillmatrix.matrix.Description;
import com.skillmatrix.matrix.ItemDiff;
import com.skillmatrix.matrix.Skill;
import com.skillmatrix.matrix.WordDiff;

/**
 * A skill's change log page: each import that changed the skill, newest first, with what it changed.
 *
 * @param removed whether the newest import removed the skill from the matrix
 */
record ChangeLog(String skill, String slug, boolean removed, List<Import> imports) {

	/** Groups entries that arrive newest import first. */
	static ChangeLog of(List<Entry> entries) {
		Map<Long, List<Entry>> byImport = new LinkedHashMap<>();
		entries.forEach((entry) -> byImport.computeIfAbsent(entry.importId(), (id) -> new ArrayList<>()).add(entry));
		List<Import> imports = byImport.values()
			.stream()
			.map((changes) -> new Import(changes.get(0).importedAt().toLocalDate(), List.copyOf(changes)))
			.toList();
		Entry newest = entries.get(0);
		boolean removed = imports.get(0).changes().stream().anyMatch((entry) -> entry.change().kind() == Kind.SKILL_REMOVED);
		return new ChangeLog(newest.change().skillName(), newest.change().skill(), removed, imports);
	}

	static ChangeLog empty(Skill skill) {
		return new ChangeLog(skill.name(), skill.slug(), false, List.of());
	}

	record Import(LocalDate date, List<Entry> changes) {
	}

	/** One change as the log holds it, with the import it came with. */
	record Entry(long importId, LocalDateTime importedAt, Change change) {

		Entry(long importId, LocalDateTime importedAt, String skill, String skillName, String kind, String field,
				String role, String roleSlug, String level, String levelSlug, String before, String after) {
			this(importId, importedAt, new Change(skill, skillName, Kind.valueOf(kind),
					(field != null) ? Field.valueOf(field) : null, role, roleSlug, level, levelSlug, before, after));
		}

		/** Whether the skill moved in the catalogue: its domain or its category changed. */
		public boolean moved() {
			return this.change.field() == Field.DOMAIN || this.change.field() == Field.CATEGORY;
		}

		/** A re-worded description's words, kept, dropped and added, as the advance page marks them. */
		public WordDiff.Changes words() {
			return WordDiff.compare(this.change.before(), this.change.after());
		}

		/** Whether a re-wording is shown item by item, as the advance page shows it: where either wording is a list. */
		public boolean byItem() {
			return ItemDiff.applies(this.change.before(), this.change.after());
		}

		/** A re-worded description's items, new, re-worded, dropped and unchanged. */
		public ItemDiff items() {
			return ItemDiff.compare(this.change.before(), this.change.after());
		}

		/** The description before the change, line by line. */
		public Description linesBefore() {
			return Description.of(this.change.before());
		}

		/** The description after the change, line by line. */
		public Description linesAfter() {
			return Description.of(this.change.after());
		}

	}

}
