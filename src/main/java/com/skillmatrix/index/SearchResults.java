package com.skillmatrix.index;

import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Skill;

/**
 * What a search found, grouped as the page shows it, best first; and where it found nothing, the closest terms the
 * matrix holds to the words it did not know.
 */
public record SearchResults(Hits<SkillHit> skills, Hits<RoleHit> roles, Hits<CellHit> cells,
		List<Suggestion> suggestions) {

	static final SearchResults NONE = new SearchResults(Hits.none(), Hits.none(), Hits.none(), List.of());

	/** Every result, shown or not. */
	public int total() {
		return this.skills.total() + this.roles.total() + this.cells.total();
	}

	public boolean empty() {
		return total() == 0;
	}

	/**
	 * The best results of one kind, and how many there are in all.
	 *
	 * @param total every result of the kind, including those not shown
	 */
	public record Hits<T>(List<T> hits, int total) {

		static <T> Hits<T> none() {
			return new Hits<>(List.of(), 0);
		}

		/** The results not shown. */
		public int more() {
			return this.total - this.hits.size();
		}

	}

	/** A skill, its name and summary with the matched words marked. */
	public record SkillHit(Skill skill, List<Segment> name, List<Segment> summary) {
	}

	/** A role, its name with the matched words marked. */
	public record RoleHit(Role role, List<Segment> name) {
	}

	/**
	 * A cell: its skill, role and level, whether it is required, and the part of its description that matched (of a
	 * list, the line).
	 */
	public record CellHit(Skill skill, Role role, Level level, boolean required, List<Segment> snippet) {
	}

	/** A piece of text, marked where it matched the search. */
	public record Segment(String text, boolean marked) {
	}

	/**
	 * A term of the matrix close to a word the search did not know.
	 *
	 * @param query the search with that word replaced by the term
	 */
	public record Suggestion(String term, String query) {
	}

}
