package com.skillmatrix;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.skillmatrix.loading.Matrix;

/**
 * What to cover to advance across a role, read from the data folder ({@link TestMatrix}) rather than from the
 * application: from a role at one level to a role (the same, or another where someone switches tracks) at another,
 * every skill in which either end has a cell, in the pages' order (by domain, category and name), with both cells.
 */
public record RoleSteps(String role, Matrix.Level from, String toRole, Matrix.Level to, List<Step> steps) {

	/** Skills in the order the pages list them. */
	private static final Comparator<TestMatrix.Skill> PAGE_ORDER = Comparator
		.comparing((TestMatrix.Skill skill) -> skill.data().domain(), DataFiles.NAME_ORDER)
		.thenComparing((skill) -> skill.data().category(), DataFiles.NAME_ORDER)
		.thenComparing(TestMatrix.Skill::name, DataFiles.NAME_ORDER);

	/** The role from a level to another of its own. */
	public static RoleSteps of(String role, Matrix.Level from, Matrix.Level to) {
		return of(role, from, role, to);
	}

	public static RoleSteps of(String role, Matrix.Level from, String toRole, Matrix.Level to) {
		List<Step> steps = TestMatrix.skills()
			.stream()
			.sorted(PAGE_ORDER)
			.map((skill) -> new Step(skill, skill.cell(role, from.slug()), skill.cell(toRole, to.slug())))
			.filter((step) -> step.current() != null || step.next() != null)
			.toList();
		return new RoleSteps(role, from, toRole, to, steps);
	}

	/** Every level but the top one, by slug: where a step up starts. */
	public static Stream<String> startingLevels() {
		return TestMatrix.levelSlugs().subList(0, TestMatrix.levels().size() - 1).stream();
	}

	/** The role with the most skills, and of those the first by name: the one the role-wide pages are tried on. */
	public static String roleWithMostSkills() {
		return TestMatrix.roles()
			.stream()
			.max(Comparator.comparingInt((String role) -> TestMatrix.skillsOf(role).size())
				.thenComparing(DataFiles.NAME_ORDER.reversed()))
			.orElseThrow();
	}

	/** The role with the most skills after {@link #roleWithMostSkills()}: where someone switches tracks to. */
	public static String otherRole() {
		String first = roleWithMostSkills();
		return TestMatrix.roles()
			.stream()
			.filter((role) -> !role.equals(first))
			.max(Comparator.comparingInt((String role) -> TestMatrix.skillsOf(role).size())
				.thenComparing(DataFiles.NAME_ORDER.reversed()))
			.orElseThrow();
	}

	public List<Step> changed() {
		return only((step) -> !step.change().equals("unchanged"));
	}

	public List<Step> unchanged() {
		return only((step) -> step.change().equals("unchanged"));
	}

	public List<Step> added() {
		return only((step) -> step.change().equals("added"));
	}

	public List<Step> removed() {
		return only((step) -> step.change().equals("removed"));
	}

	public List<Step> becomingRequired() {
		return only(Step::becomesRequired);
	}

	/** The steps whose cell at the target is required: what "required only" keeps. */
	public RoleSteps required() {
		return new RoleSteps(this.role, this.from, this.toRole, this.to,
				only((step) -> step.next() != null && step.next().required()));
	}

	private List<Step> only(Predicate<Step> kept) {
		return this.steps.stream().filter(kept).toList();
	}

	/** One skill: the cell where the step starts and the cell where it leads, either null where none is. */
	public record Step(TestMatrix.Skill skill, Matrix.Cell current, Matrix.Cell next) {

		/** added, removed, changed (other words or flag) or unchanged, as the JSON names it. */
		public String change() {
			if (this.current == null) {
				return "added";
			}
			if (this.next == null) {
				return "removed";
			}
			boolean same = this.current.required() == this.next.required()
					&& this.current.description().equals(this.next.description());
			return same ? "unchanged" : "changed";
		}

		/** Optional at the start, required at the target. */
		public boolean becomesRequired() {
			return this.current != null && !this.current.required() && this.next != null && this.next.required();
		}

		/** Where the skill sits, as a page heads its group: "Domain › Category", or the domain alone. */
		public String place() {
			return DataFiles.place(this.skill.data().domain(), this.skill.data().category());
		}

		public String currentDescription() {
			return (this.current != null) ? this.current.description() : null;
		}

		public String nextDescription() {
			return (this.next != null) ? this.next.description() : null;
		}

	}

}
