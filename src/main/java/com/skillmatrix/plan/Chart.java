package com.skillmatrix.plan;

import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Plan;
import com.skillmatrix.matrix.Plan.SkillAnswer;

/**
 * The plan as a chart, measured for an SVG drawn on the server: a row a skill, a column a level, the levels each
 * answer reaches filled in, the role's Required cells as squares and its Optional ones as dots, and the cells still
 * open for the next level framed with a dashed line, so that it reads without colour. Marks of one kind are one path,
 * each a line drawn as thick as the mark (a square, or a dot with round ends), which keeps the chart of a role of a
 * hundred skills small.
 *
 * @param columns the levels, with where their columns stand
 * @param rows the skills, with where their rows stand
 * @param next the next level's column, or null at the top
 */
record Chart(int width, int height, int top, List<Column> columns, List<Row> rows, Column next,
		String grid, String met, String required, String optional, String open) {

	private static final int ROW = 24;

	private static final int PAD = 8;

	private static final int MARK = 10;

	private static final int HEADER = 44;

	/** Roughly how wide a character of the chart's 13-pixel text is, and a wide one (CJK, emoji) twice that. */
	private static final double CHARACTER = 7.8;

	static Chart of(Plan plan) {
		List<SkillAnswer> skills = plan.skills();
		int labelWidth = Math.max(120,
				skills.stream().mapToInt((skill) -> textWidth(skill.skill().name())).max().orElse(0) + 2 * PAD);
		int columnWidth = Math.max(84,
				plan.levels().stream().mapToInt((level) -> textWidth(level.name())).max().orElse(0) + 2 * PAD);
		List<Column> columns = new ArrayList<>();
		Column next = null;
		for (int k = 0; k < plan.levels().size(); k++) {
			Level level = plan.levels().get(k);
			Column column = new Column(level, labelWidth + k * columnWidth, columnWidth,
					labelWidth + k * columnWidth + columnWidth / 2);
			columns.add(column);
			if (level.equals(plan.nextLevel())) {
				next = column;
			}
		}
		int nextIndex = (next != null) ? columns.indexOf(next) : -1;
		int right = labelWidth + columnWidth * columns.size();
		StringBuilder met = new StringBuilder();
		StringBuilder required = new StringBuilder();
		StringBuilder optional = new StringBuilder();
		StringBuilder open = new StringBuilder();
		List<Row> rows = new ArrayList<>();
		for (int s = 0; s < skills.size(); s++) {
			SkillAnswer skill = skills.get(s);
			int y = HEADER + s * ROW;
			int middle = y + ROW / 2;
			rows.add(new Row(skill.skill().name(), middle + 5));
			// A bar or a mark is a line as thick as it is drawn: "M x y h length", its stroke the shape.
			if (skill.picked() >= 0) {
				met.append('M').append(labelWidth).append(' ').append(middle).append('h')
					.append((skill.picked() + 1) * columnWidth);
			}
			for (int k = 0; k < columns.size(); k++) {
				Cell cell = skill.skill().cells().get(k);
				if (cell == null) {
					continue;
				}
				int centre = columns.get(k).centre();
				if (cell.required()) {
					required.append('M').append(centre - MARK / 2).append(' ').append(middle).append('h').append(MARK);
				}
				else {
					optional.append('M').append(centre).append(' ').append(middle).append("h0");
				}
				if (k <= nextIndex && !skill.reaches(k)) {
					open.append('M').append(columns.get(k).x() + 3).append(' ').append(y + 2).append('h')
						.append(columnWidth - 6).append('v').append(ROW - 4).append('h').append(-(columnWidth - 6))
						.append('z');
				}
			}
		}
		StringBuilder grid = new StringBuilder();
		for (Column column : columns) {
			grid.append('M').append(column.x()).append(' ').append(HEADER).append('V').append(HEADER + skills.size() * ROW);
		}
		return new Chart(right + PAD, HEADER + skills.size() * ROW + PAD, HEADER, List.copyOf(columns),
				List.copyOf(rows), next, grid.toString(), met.toString(), required.toString(), optional.toString(),
				open.toString());
	}

	/** About how wide a text is drawn. */
	private static int textWidth(String text) {
		double width = 0;
		for (int at = 0; at < text.length(); at += Character.charCount(text.codePointAt(at))) {
			int character = text.codePointAt(at);
			width += (Character.isSupplementaryCodePoint(character) || Character.isIdeographic(character)
					|| Character.UnicodeScript.of(character) == Character.UnicodeScript.HANGUL
					|| Character.UnicodeScript.of(character) == Character.UnicodeScript.HIRAGANA
					|| Character.UnicodeScript.of(character) == Character.UnicodeScript.KATAKANA) ? 2 * CHARACTER
							: CHARACTER;
		}
		return (int) Math.ceil(width);
	}

	/** Where the rows start on the left, and their width up to the chart's right edge. */
	public int left() {
		return PAD;
	}

	public int rowsWidth() {
		return this.width - 2 * PAD;
	}

	public int rowsHeight() {
		return this.rows.size() * ROW;
	}

	/** The height of a row, which the ruled lines between them repeat. */
	public int row() {
		return ROW;
	}

	/** Where the header's text stands: the level names on its first line, the next level's mark on its second. */
	public int headerLine(int line) {
		return (line == 1) ? 18 : 36;
	}

	/**
	 * A level's column.
	 *
	 * @param centre where the column's marks and its header are centred
	 */
	record Column(Level level, int x, int width, int centre) {
	}

	/**
	 * A skill's row.
	 *
	 * @param baseline where its name's text stands
	 */
	record Row(String name, int baseline) {
	}

}
