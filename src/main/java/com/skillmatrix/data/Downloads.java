package com.skillmatrix.data;

import java.util.List;

import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.RoleProfile;
import com.skillmatrix.matrix.RoleProfiles;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfiles;
import com.skillmatrix.system.Requested;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The matrix as CSV downloads in the data folder's own format: the whole matrix, one skill, or one role across every
 * skill, with the levels in a {@code levels.csv} of their own. The whole matrix and its levels, put in an empty data
 * folder, load back into the same matrix.
 * <p>
 * Each file starts with a UTF-8 byte-order mark: without it Excel reads the file in the computer's own code page and
 * garbles emoji and accents. The data folder's reader takes the mark off again.
 */
@Controller
class Downloads {

	private static final String CSV = "text/csv";

	private static final String CSV_UTF8 = CSV + ";charset=UTF-8;header=present";

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final CsvRows rows;

	private final Levels levels;

	private final SkillProfiles skills;

	private final RoleProfiles roles;

	Downloads(CsvRows rows, Levels levels, SkillProfiles skills, RoleProfiles roles) {
		this.rows = rows;
		this.levels = levels;
		this.skills = skills;
		this.roles = roles;
	}

	@GetMapping(path = "/export.csv", produces = CSV)
	ResponseEntity<String> matrix() {
		return download("skill-matrix.csv", MatrixCsv.write(this.rows.findAll()));
	}

	@GetMapping(path = "/levels.csv", produces = CSV)
	ResponseEntity<String> levels() {
		List<Matrix.Level> levels = this.levels.findAll()
			.stream()
			.map((level) -> new Matrix.Level(level.slug(), level.name()))
			.toList();
		return download(MatrixReader.LEVELS_FILE, MatrixCsv.writeLevels(levels));
	}

	/** A skill's cells as its pages show them: level by level, each level's rows in order. */
	@GetMapping(path = "/skills/{skill}/export.csv", produces = CSV)
	ResponseEntity<String> skill(@PathVariable String skill) {
		SkillProfile profile = Requested.skill(this.skills, skill);
		List<CsvRow> rows = profile.cells().stream().map((cell) -> CsvRow.of(profile.skill(), cell)).toList();
		return download("skill-" + profile.skill().slug() + ".csv", MatrixCsv.write(rows));
	}

	/** A role's cells as its profile shows them: skill by skill, each skill's levels in order. */
	@GetMapping(path = "/roles/{role}/export.csv", produces = CSV)
	ResponseEntity<String> role(@PathVariable String role) {
		RoleProfile profile = Requested.roleProfile(this.roles, role);
		List<CsvRow> rows = profile.skills()
			.stream()
			.flatMap((row) -> row.expected().stream().map((cell) -> CsvRow.of(row.skill(), cell)))
			.toList();
		return download("role-" + profile.role().slug() + ".csv", MatrixCsv.write(rows));
	}

	/** A file to save rather than show; the skill's or role's slug keeps its name apart from {@code levels.csv}. */
	private static ResponseEntity<String> download(String name, String csv) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CSV_UTF8)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(BYTE_ORDER_MARK + csv);
	}

}
