package com.skillmatrix.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Interface text lives in messages.properties, ready for other languages: templates hold none of their own. */
class TemplateTextTests {

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			List<String> text = Jsoup.parse(Files.readString(template))
				.select("*")
				.stream()
				.flatMap((element) -> element.textNodes().stream())
				.map(TextNode::text)
				.map(String::strip)
				.filter((words) -> !words.isEmpty())
				.toList();
			assertThat(text).as("literal text in " + template).isEmpty();
		}
	}

}
