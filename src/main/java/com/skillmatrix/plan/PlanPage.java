package com.skillmatrix.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Plan;
import com.skillmatrix.matrix.PlanAddress;
import com.skillmatrix.matrix.PlanAnswers;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleProfile.SkillCells;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The plan's page: the form, and with answers the plan they make, its chart, and what changed in the role since the
 * address was made.
 *
 * @param levels every level, lowest first
 * @param plan the plan of the answers, or null for the blank form and for a role without skills
 * @param added the slugs of the role's skills that the compact address does not name, added since it was made
 * @param current the compact address of the answers for the role as it is now, where that differs from the one asked
 * for; else null
 * @param inline whether the role's descriptions are short enough in all to be folded into the form, rather than one
 * link away on each skill's page for the role
 * @param chart the plan as a chart, or null for the blank form
 * @param open the cells still open for the next level, Required ones and Optional ones apart
 */
record PlanPage(RoleProfile profile, List<Level> levels, PlanAnswers answers, Plan plan, Set<String> added,
		String current, boolean inline, Chart chart, List<OpenPart> open) {

	/** What the form may fold in at most, in characters of description: about a sixth of a page's size budget. */
	static final int INLINE_TEXT = 30_000;

	/** What the list of Optional cells still open may quote at most, in characters of description. */
	static final int OPEN_TEXT = 15_000;

	static PlanPage of(RoleProfile profile, PlanAnswers answers) {
		List<Level> levels = profile.levels().stream().map(RoleProfile.LevelCells::level).toList();
		// A role that no skill names any longer has nothing to plan, whatever an old address held.
		Plan plan = (answers.blank() || profile.skills().isEmpty()) ? null : Plan.of(profile, answers.answers());
		PlanAddress.Reading reading = answers.reading();
		Set<String> added = (reading != null) ? Set.copyOf(reading.added()) : Set.of();
		String current = (reading != null && reading.changed())
				? PlanController.address(profile, answers.address(profile)) : null;
		long text = profile.skills()
			.stream()
			.flatMap((skill) -> skill.cells().stream())
			.filter(Objects::nonNull)
			.mapToLong((cell) -> cell.description().length())
			.sum();
		return new PlanPage(profile, levels, answers, plan, added, current, text <= INLINE_TEXT,
				(plan != null) ? Chart.of(plan) : null, (plan != null) ? open(plan, profile.role()) : List.of());
	}

	/**
	 * The cells still open, Required first, each with the page that shows the step into it. Optional cells never hold
	 * a level back: where there are so many that their text would swell the page, they are only counted, the chart and
	 * the table showing where they are.
	 */
	private static List<OpenPart> open(Plan plan, Role role) {
		List<OpenPart> parts = new ArrayList<>();
		for (boolean required : List.of(true, false)) {
			List<OpenItem> items = plan.open(required).stream().map((open) -> new OpenItem(open, href(open, role))).toList();
			long text = items.stream().mapToLong((item) -> item.open().cell().description().length()).sum();
			if (!items.isEmpty()) {
				parts.add(new OpenPart(required, items, required || text <= OPEN_TEXT));
			}
		}
		return List.copyOf(parts);
	}

	/**
	 * Where an open cell is shown with what its level adds: the skill's advance page from the level below, narrowed to
	 * the role; at the lowest level, the role's page in the skill at that level.
	 */
	private static String href(Plan.Open open, Role role) {
		UriComponentsBuilder url = (open.from() != null)
				? UriComponentsBuilder.fromPath("/skills/{skill}/advance")
					.queryParam("from", open.from().slug())
					.queryParam("role", role.slug())
				: UriComponentsBuilder.fromPath("/skills/{skill}/roles/{role}").fragment(open.cell().level().slug());
		return url.buildAndExpand(open.skill().slug(), role.slug()).encode().toUriString();
	}

	/** A skill's answer: a level's slug, {@link PlanAddress#NONE}, or null where it has none. */
	public String answer(String skill) {
		return this.answers.answers().get(skill);
	}

	/** Whether a skill was added to the role since the compact address was made. */
	public boolean isAdded(String skill) {
		return this.added.contains(skill);
	}

	/** The value of the form's answer for "not yet". */
	public String none() {
		return PlanAddress.NONE;
	}

	/** The skills added to the role since the compact address was made, in the role's order. */
	public List<SkillCells> addedSkills() {
		return this.profile.skills().stream().filter((skill) -> this.added.contains(skill.slug())).toList();
	}

	/**
	 * The open cells of one kind.
	 *
	 * @param described whether they are listed with their descriptions, rather than only counted
	 */
	record OpenPart(boolean required, List<OpenItem> items, boolean described) {
	}

	/** An open cell and the page that shows the step into it. */
	record OpenItem(Plan.Open open, String href) {
	}

}
