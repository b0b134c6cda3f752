package com.skillmatrix.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import com.skillmatrix.ListMatrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages that compare and self-check lists, on a matrix of list-shaped cells, are valid HTML too. */
@Tag("html-checker")
class ListPagesValidHtmlTests {

	private static final String SKILL = "/skills/" + ListMatrix.SKILL;

	static Stream<String> pages() {
		String first = ListMatrix.LEVELS.get(0).get(0);
		String second = ListMatrix.LEVELS.get(1).get(0);
		return Stream.of("/advance?from=" + first, "/advance?from=" + second + "&lang=de", "/changes",
				"/roles/" + Slugs.of(ListMatrix.BACKEND) + "/self-check?met=" + first + "-1&met=",
				"/roles/" + Slugs.of(ListMatrix.DATA) + "/self-check?lang=zh");
	}

	@ParameterizedTest
	@MethodSource("pages")
	void everyPageIsValidHtml(String path) {
		HttpResponse<String> response = ListMatrix.instance().get(SKILL + path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		List<HtmlChecker.Message> messages = HtmlChecker.shared().check(response.body());
		assertThat(messages.stream().filter(HtmlChecker.Message::error).map(String::valueOf))
			.as("HTML errors in %s", path)
			.isEmpty();
	}

}
