package com.skillmatrix.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.skillmatrix.SkillMatrixApplication;
import com.skillmatrix.matrix.MatrixCsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start on bad data stops at the load, saying every problem with its file and line, as the check command does: the
 * load reads the folder as the check does.
 */
class BadDataStartTests {

	@Test
	void aStartOnABrokenFolderFailsWithEveryProblem(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("levels.csv"), "slug,name\nlow,Low\nhigh,High\n");
		Files.writeString(folder.resolve("a.csv"), String.join(",", MatrixCsvFormat.HEADER)
				+ "\na,A,D,C,S,2026-01-02,Middle,R,optional,x\na,A,D,C,S,2026-01-02,Low,R,sometimes,y\n");
		Files.writeString(folder.resolve("b.csv"), String.join(",", MatrixCsvFormat.HEADER)
				+ "\nb,B,D,C,S,2026-01-02,High,Compare,optional,z\n");
		assertThatThrownBy(() -> new SpringApplicationBuilder(SkillMatrixApplication.class)
			.run("--server.port=0", "--skillmatrix.data=" + folder,
					"--spring.datasource.url=jdbc:h2:mem:bad-data;DB_CLOSE_DELAY=-1"))
			.rootCause()
			.isInstanceOf(MatrixDataException.class)
			.hasMessageContaining(folder.resolve("a.csv") + ":2: unknown level 'Middle'; the levels are Low, High")
			.hasMessageContaining(folder.resolve("a.csv") + ":3: required is 'sometimes'")
			.hasMessageContaining(folder.resolve("b.csv") + ":2: the role 'Compare' gives the slug 'compare', whose address "
					+ "/roles/compare is another page's, so the role's own page could never be reached; rename the role");
	}

	@Test
	void aStartOnAMissingFolderFails() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SkillMatrixApplication.class)
			.run("--server.port=0", "--skillmatrix.data=/no/such/folder",
					"--spring.datasource.url=jdbc:h2:mem:no-data;DB_CLOSE_DELAY=-1"))
			.rootCause()
			.hasMessageContaining("/no/such/folder: the data folder does not exist");
	}

}
