package com.skillmatrix.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import does to the levels themselves, which every skill's log reads: a level renamed so that its slug
 * changed, and a level moved. A level moves when its place among the levels both matrices have changes; a level added
 * or removed moves no other, though the ranks after it shift.
 */
final class LevelChanges {

	private final Map<String, Matrix.Level> stored = new HashMap<>();

	/** Every level by slug, as stated, or as stored for a level that goes. */
	private final Map<String, Matrix.Level> levels = new HashMap<>();

	private final Map<String, Integer> ranksBefore = new HashMap<>();

	private final Map<String, Integer> ranksAfter = new HashMap<>();

	private final Map<String, String> renamed = new LinkedHashMap<>();

	private final List<String> moved = new ArrayList<>();

	LevelChanges(List<Matrix.Level> before, List<Matrix.Level> after) {
		for (int i = 0; i < before.size(); i++) {
			this.stored.put(before.get(i).slug(), before.get(i));
			this.levels.put(before.get(i).slug(), before.get(i));
			this.ranksBefore.put(before.get(i).slug(), i + 1);
		}
		for (int i = 0; i < after.size(); i++) {
			this.levels.put(after.get(i).slug(), after.get(i));
			this.ranksAfter.put(after.get(i).slug(), i + 1);
		}
		// A slug that went and another that came at the same rank may be one level renamed; its cells decide.
		for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
			String was = before.get(i).slug();
			String now = after.get(i).slug();
			if (!this.ranksAfter.containsKey(was) && !this.ranksBefore.containsKey(now)) {
				this.renamed.put(was, now);
			}
		}
		List<String> kept = before.stream()
			.map((level) -> now(level.slug()))
			.filter(this.ranksAfter::containsKey)
			.toList();
		List<String> order = after.stream().map(Matrix.Level::slug).filter(kept::contains).toList();
		for (int i = 0; i < order.size(); i++) {
			// A renamed level keeps its rank: only a level under its own slug is said to move.
			if (!order.get(i).equals(kept.get(i)) && this.ranksBefore.containsKey(order.get(i))) {
				this.moved.add(order.get(i));
			}
		}
	}

	/** The level as stated, or as stored for one that goes. */
	Matrix.Level level(String slug) {
		return this.levels.get(slug);
	}

	/** The level as stored, or null for a new one. */
	Matrix.Level stored(String slug) {
		return this.stored.get(slug);
	}

	/** The slug a stored level has now: the new one of a level that may have been renamed, else its own. */
	String now(String slug) {
		return this.renamed.getOrDefault(slug, slug);
	}

	/** Levels that may have been renamed so that their slug changed: old slug to new, at the same rank. */
	Map<String, String> renamed() {
		return this.renamed;
	}

	/** The levels moved, by their slug now, in their new order. */
	List<String> moved() {
		return this.moved;
	}

	/** The level's rank in the stored matrix, 1 the lowest. */
	int rankBefore(String slug) {
		return this.ranksBefore.get(slug);
	}

	/** The level's rank in the stated matrix, 1 the lowest. */
	int rankAfter(String slug) {
		return this.ranksAfter.get(slug);
	}

}
