package com.skillmatrix.api;

import java.util.List;

import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.MatrixCsvFormat;
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
class CsvDownloads {

	private static final String CSV = "text/csv";

	private static final String CSV_UTF8 = CSV + ";charset=UTF-8;header=present";

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final CsvCells cells;

	private final Levels levels;

	private final SkillProfiles skills;

	private final RoleProfiles roles;

	CsvDownloads(CsvCells cells, Levels levels, SkillProfiles skills, RoleProfiles roles) {
		this.cells = cells;
		this.levels = levels;
		this.skills = skills;
		this.roles = roles;
	}

	@GetMapping(path = "/export.csv", produces = CSV)
	ResponseEntity<String> matrix() {
		return download("skill-matrix.csv", MatrixCsvWriter.write(this.cells.findAll()));
	}

	@GetMapping(path = "/levels.csv", produces = CSV)
	ResponseEntity<String> levels() {
		return download(MatrixCsvFormat.LEVELS_FILE, MatrixCsvWriter.writeLevels(this.levels.findAll()));
	}

	/** A skill's cells as its pages show them: level by level, each level's cells in order. */
	@GetMapping(path = "/skills/{skill}/export.csv", produces = CSV)
	ResponseEntity<String> skill(@PathVariable String skill) {
		SkillProfile profile = Requested.skill(this.skills, skill);
		List<CsvCell> cells = profile.cells().stream().map((cell) -> CsvCell.of(profile.skill(), cell)).toList();
		return download("skill-" + profile.skill().slug() + ".csv", MatrixCsvWriter.write(cells));
	}

	/** A role's cells as its profile shows them: skill by skill, each skill's levels in order. */
	@GetMapping(path = "/roles/{role}/export.csv", produces = CSV)
	ResponseEntity<String> role(@PathVariable String role) {
		RoleProfile profile = Requested.roleProfile(this.roles, role);
		List<CsvCell> cells = profile.skills()
			.stream()
			.flatMap((row) -> row.expected().stream().map((cell) -> CsvCell.of(row.skill(), cell)))
			.toList();
		return download("role-" + profile.role().slug() + ".csv", MatrixCsvWriter.write(cells));
	}

	/** A file to save rather than show; the skill's or role's slug keeps its name apart from {@code levels.csv}. */
	private static ResponseEntity<String> download(String name, String csv) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CSV_UTF8)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(BYTE_ORDER_MARK + csv);
	}

}
