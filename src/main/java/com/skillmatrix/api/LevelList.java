package com.skillmatrix.api;

import java.util.List;

import com.skillmatrix.matrix.Level;

/** The levels of the matrix, lowest first: every skill shares them. */
record LevelList(String url, String htmlUrl, List<LevelItem> items) {

	static LevelList of(List<Level> levels, ApiLinks links) {
		return new LevelList(links.api("/levels"), links.page("/"),
				levels.stream().map((level) -> new LevelItem(level.slug(), level.name())).toList());
	}

	record LevelItem(String slug, String name) {
	}

}
