package com.skillmatrix.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.skillmatrix.index.SearchIndex.Cell;
import com.skillmatrix.index.SearchResults.CellHit;
import com.skillmatrix.index.SearchResults.Hits;
import com.skillmatrix.index.SearchResults.RoleHit;
import com.skillmatrix.index.SearchResults.SkillHit;
import com.skillmatrix.matrix.Description;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Skill;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The results of each kind: the best of those a query finds, by score and then in the matrix's order, as hits with
 * the words that matched marked; and how many there are in all.
 */
final class Results {

	/** The results shown of each kind; the rest are counted. */
	static final int SHOWN = 50;

	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE,
			new SortField(Documents.ORDER, SortField.Type.INT));

	private final IndexedMatrix matrix;

	private final IndexSearcher searcher;

	private final Highlights highlights;

	Results(IndexedMatrix matrix, IndexSearcher searcher, Highlights highlights) {
		this.matrix = matrix;
		this.searcher = searcher;
		this.highlights = highlights;
	}

	/** @param marked what to mark ({@link Highlights#terms}) */
	Hits<SkillHit> skills(Query query, Query marked) {
		return find(query, (order) -> {
			Skill skill = this.matrix.skills.get(order);
			return new SkillHit(skill, this.highlights.all(marked, skill.name()),
					this.highlights.snippet(marked, skill.summary()));
		});
	}

	Hits<RoleHit> roles(Query query, Query marked) {
		return find(query, (order) -> {
			Role role = this.matrix.roles.get(order);
			return new RoleHit(role, this.highlights.all(marked, role.name()));
		});
	}

	Hits<CellHit> cells(Query query, Query marked) {
		return find(query, (order) -> {
			Cell cell = this.matrix.cells.get(order);
			return new CellHit(this.matrix.skill(cell), this.matrix.role(cell), this.matrix.level(cell),
					cell.required(), this.highlights.snippet(marked, Description.of(cell.description())));
		});
	}

	private <T> Hits<T> find(Query query, IntFunction<T> hit) {
		try {
			TopFieldDocs top = this.searcher.search(query,
					new TopFieldCollectorManager(BEST_FIRST, SHOWN, Integer.MAX_VALUE));
			List<T> hits = new ArrayList<>();
			for (ScoreDoc found : top.scoreDocs) {
				hits.add(hit.apply(((Number) ((FieldDoc) found).fields[1]).intValue()));
			}
			return new Hits<>(hits, Math.toIntExact(top.totalHits.value));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
