package com.skillmatrix.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.matrix.CellStep.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What to cover to advance across a role, on small profiles made by hand: every kind of step, and the ends. */
class RoleAdvanceTests {

	private static final Level JUNIOR = new Level("junior", "Junior", 1);

	private static final Level MIDDLE = new Level("middle", "Middle", 2);

	private static final Level SENIOR = new Level("senior", "Senior", 3);

	private static final List<Level> LEVELS = List.of(JUNIOR, MIDDLE, SENIOR);

	private static final Role BACKEND = new Role("Backend Developer", "backend-developer");

	private static final Role PLATFORM = new Role("Platform Engineer", "platform-engineer");

	private static final Skill KUBERNETES = skill(1, "Kubernetes", "Infrastructure", "Containers");

	private static final Skill OBSERVABILITY = skill(2, "Observability", "Infrastructure", "Operations");

	private static final Skill REVIEWS = skill(3, "Code Reviews", "Engineering", "Engineering");

	private static final Skill SECRETS = skill(4, "Secrets", "Security", "Secrets");

	private static final Skill TESTING = skill(5, "Testing", "Engineering", "Engineering");

	/**
	 * Backend from Junior to Middle: Code Reviews re-worded, Kubernetes new, Observability no longer expected, Secrets
	 * optional becoming required in the same words, Testing unchanged; nothing at all at Senior but Testing.
	 */
	private static final RoleProfile BACKEND_PROFILE = profile(BACKEND,
			row(JUNIOR, REVIEWS, false, "Reviews small changes."), row(JUNIOR, TESTING, true, "Writes unit tests."),
			row(JUNIOR, OBSERVABILITY, false, "Reads dashboards."), row(JUNIOR, SECRETS, false, "Keeps secrets out of code."),
			row(MIDDLE, REVIEWS, false, "Reviews changes with context."), row(MIDDLE, TESTING, true, "Writes unit tests."),
			row(MIDDLE, KUBERNETES, true, "Deploys services to a cluster."),
			row(MIDDLE, SECRETS, true, "Keeps secrets out of code."), row(SENIOR, TESTING, false, "Writes unit tests."));

	private static final RoleProfile PLATFORM_PROFILE = profile(PLATFORM,
			row(MIDDLE, KUBERNETES, true, "Runs clusters."), row(MIDDLE, OBSERVABILITY, true, "Builds dashboards."));

	@Test
	void eachSkillOfEitherLevelIsAStepOfItsKind() {
		RoleAdvance advance = RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE);
		assertThat(advance.top()).isFalse();
		assertThat(advance.switching()).isFalse();
		assertThat(advance.toRole()).isEqualTo(BACKEND);
		assertThat(advance.steps()).extracting((step) -> step.skill().name() + " " + step.change())
			.containsExactly("Code Reviews CHANGED", "Testing UNCHANGED", "Kubernetes ADDED", "Observability REMOVED",
					"Secrets CHANGED");
		assertThat(advance.changed()).extracting((step) -> step.skill().name())
			.containsExactly("Code Reviews", "Kubernetes", "Observability", "Secrets");
		assertThat(advance.unchanged()).extracting((step) -> step.skill().name()).containsExactly("Testing");
		assertThat(advance.added()).extracting((step) -> step.skill().name()).containsExactly("Kubernetes");
		assertThat(advance.removed()).extracting((step) -> step.skill().name()).containsExactly("Observability");
	}

	@Test
	void aCellOptionalAtTheStartAndRequiredAtTheTargetBecomesRequired() {
		RoleAdvance advance = RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE);
		assertThat(advance.becomingRequired()).extracting((step) -> step.skill().name()).containsExactly("Secrets");
		RoleAdvance.Step kubernetes = step(advance, KUBERNETES);
		assertThat(kubernetes.isNew()).isTrue();
		assertThat(kubernetes.becomesRequired()).as("a cell new at the target is added, whatever its flag").isFalse();
		RoleAdvance.Step testing = step(RoleAdvance.of(BACKEND_PROFILE, MIDDLE, SENIOR), TESTING);
		assertThat(testing.change()).as("required to optional changes the cell").isEqualTo(Change.CHANGED);
		assertThat(testing.becomesRequired()).isFalse();
	}

	@Test
	void aStepIsShownWordByWordOrItemByItem() {
		RoleAdvance.Step reviews = step(RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE), REVIEWS);
		assertThat(reviews.list()).isFalse();
		assertThat(reviews.changes().next()).anySatisfy((segment) -> assertThat(segment.change().added()).isTrue());
		RoleAdvance.Step list = new RoleAdvance.Step(REVIEWS, cell(BACKEND, JUNIOR, false, "Reviews small changes."),
				cell(BACKEND, MIDDLE, false, "- Reviews small changes.\n- Mentors reviewers"));
		assertThat(list.list()).isTrue();
		assertThat(list.items().added()).extracting(ItemDiff.Item::next).containsExactly("Mentors reviewers");
		assertThat(RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE).anyList()).isFalse();
	}

	@Test
	void aTargetAboveTheNextLevelComparesThoseTwoLevels() {
		RoleAdvance advance = RoleAdvance.of(BACKEND_PROFILE, JUNIOR, SENIOR);
		assertThat(advance.steps()).extracting((step) -> step.skill().name() + " " + step.change())
			.containsExactly("Code Reviews REMOVED", "Testing CHANGED", "Observability REMOVED", "Secrets REMOVED");
	}

	@Test
	void fromTheTopLevelThereIsNoStep() {
		RoleAdvance advance = RoleAdvance.of(BACKEND_PROFILE, SENIOR, null);
		assertThat(advance.top()).isTrue();
		assertThat(advance.steps()).isEmpty();
		assertThat(advance.groups()).isEmpty();
	}

	@Test
	void requiredOnlyKeepsTheCellsRequiredAtTheTargetAndCountsTheOthers() {
		RoleAdvance advance = RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE).keepRequired();
		assertThat(advance.requiredOnly()).isTrue();
		assertThat(advance.steps()).extracting((step) -> step.skill().name())
			.containsExactly("Testing", "Kubernetes", "Secrets");
		assertThat(advance.hidden()).isEqualTo(2);
		assertThat(RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE).hidden()).isZero();
	}

	@Test
	void stepsAreGroupedByDomainAndCategoryInTheCataloguesOrder() {
		List<RoleAdvance.Group> groups = RoleAdvance.of(BACKEND_PROFILE, JUNIOR, MIDDLE).groups();
		assertThat(groups).extracting(RoleAdvance.Group::id)
			.containsExactly("engineering--engineering", "infrastructure--containers", "infrastructure--operations",
					"security--secrets");
		assertThat(groups).extracting(RoleAdvance.Group::showsCategory).containsExactly(false, true, true, true);
		RoleAdvance.Group engineering = groups.get(0);
		assertThat(engineering.changed()).extracting((step) -> step.skill().name()).containsExactly("Code Reviews");
		assertThat(engineering.unchanged()).extracting((step) -> step.skill().name()).containsExactly("Testing");
	}

	@Test
	void switchingTracksComparesTheOtherRolesCellsWithThisOnes() {
		RoleAdvance advance = RoleAdvance.switching(BACKEND_PROFILE, JUNIOR, PLATFORM_PROFILE, MIDDLE);
		assertThat(advance.switching()).isTrue();
		assertThat(advance.role()).isEqualTo(BACKEND);
		assertThat(advance.toRole()).isEqualTo(PLATFORM);
		assertThat(advance.steps()).extracting((step) -> step.skill().name() + " " + step.change())
			.containsExactly("Code Reviews REMOVED", "Testing REMOVED", "Kubernetes ADDED", "Observability CHANGED",
					"Secrets REMOVED");
		assertThat(advance.becomingRequired()).extracting((step) -> step.skill().name())
			.containsExactly("Observability");
		RoleAdvance same = RoleAdvance.switching(BACKEND_PROFILE, MIDDLE, BACKEND_PROFILE, JUNIOR);
		assertThat(same.steps()).extracting((step) -> step.skill().name() + " " + step.change())
			.containsExactly("Code Reviews CHANGED", "Testing UNCHANGED", "Kubernetes REMOVED", "Observability ADDED",
					"Secrets CHANGED");
	}

	private static RoleAdvance.Step step(RoleAdvance advance, Skill skill) {
		return advance.steps().stream().filter((step) -> step.skill().equals(skill)).findFirst().orElseThrow();
	}

	private static Skill skill(long id, String name, String domain, String category) {
		return new Skill(id, name, Slugs.of(name), "", LocalDate.of(2026, 3, 17), domain, Slugs.of(domain), category,
				Slugs.of(category));
	}

	private static Cell cell(Role role, Level level, boolean required, String description) {
		return new Cell(role, level, 1, required, description);
	}

	private static SkillAtLevel row(Level level, Skill skill, boolean required, String description) {
		return new SkillAtLevel(level, skill, new Cell(null, level, 1, required, description));
	}

	/** A profile from its rows as the query gives them: level by level, each level at least once. */
	private static RoleProfile profile(Role role, SkillAtLevel... rows) {
		List<SkillAtLevel> all = new ArrayList<>();
		for (Level level : LEVELS) {
			List<SkillAtLevel> at = new ArrayList<>();
			for (SkillAtLevel row : rows) {
				if (row.level().equals(level)) {
					at.add(new SkillAtLevel(level, row.skill(), cell(role, level, row.cell().required(),
							row.cell().description())));
				}
			}
			all.addAll(at.isEmpty() ? List.of(new SkillAtLevel(level, null, null)) : at);
		}
		return RoleProfile.of(role, all);
	}

}
