package com.skillmatrix.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.skillmatrix.matrix.Description;
import com.skillmatrix.matrix.WordDiff.Change;
import com.skillmatrix.matrix.WordDiff.Segment;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines of a description as {@code matrix:lines} writes them, and the badge {@code matrix:badge} writes, escaped
 * as {@code th:text} escapes.
 */
class MatrixDialectTests {

	private final SpringTemplateEngine engine = engine();

	@Test
	void oneLineIsTheElementsTextEscaped() {
		assertThat(render("Reads <b>logs</b> & \"traces\"")).isEqualTo(
				"<div class=\"description\">Reads &lt;b&gt;logs&lt;/b&gt; &amp; &quot;traces&quot;</div>");
	}

	@Test
	void linesAreAListUnderTheirHeadingAndALoneLineIsAParagraph() {
		String text = "Example tasks:\n- Writes a runbook\n• Pages <on-call>\n\nOwns the rota\n\nNotes:";
		assertThat(render(text)).isEqualTo("<div class=\"description\">"
				+ "<p class=\"description__heading\">Example tasks:</p>"
				+ "<ul class=\"description__list\"><li>Writes a runbook</li><li>Pages &lt;on-call&gt;</li></ul>"
				+ "<p class=\"description__line\">Owns the rota</p>"
				+ "<p class=\"description__line\">Notes:</p></div>");
	}

	@Test
	void aListWithoutHeadingIsOneListAndTheElementKeepsItsOtherAttributes() {
		String html = this.engine.process("<td class=\"description\" th:lang=\"${lang}\" matrix:lines=\"${d}\"></td>",
				new Context(null, Map.of("d", Description.of("🚀 Ships\r\nReviews"), "lang", "de")));
		assertThat(html).isEqualTo("<td class=\"description\" lang=\"de\"><ul class=\"description__list\">"
				+ "<li>🚀 Ships</li><li>Reviews</li></ul></td>");
	}

	@Test
	void aBadgeSaysWhetherACellIsRequiredOptionalOrNotExpectedInThePagesLanguage() {
		String template = "<p><th:block matrix:badge=\"${cell?.required}\"></th:block></p>";
		assertThat(this.engine.process(template, new Context(Locale.GERMAN, Map.of("cell", new Flag(true)))))
			.isEqualTo("<p><strong class=\"badge badge--required\">Pflicht &amp; mehr</strong></p>");
		assertThat(this.engine.process(template, new Context(Locale.GERMAN, Map.of("cell", new Flag(false)))))
			.isEqualTo("<p><span class=\"badge badge--optional\">Optional</span></p>");
		assertThat(this.engine.process(template, new Context(Locale.GERMAN)))
			.isEqualTo("<p><span class=\"not-expected\">Nicht erwartet</span></p>");
	}

	@Test
	void segmentsAreMarkedAddedOrRemovedWithAWordInTheInterfacesLanguage() {
		List<Segment> segments = List.of(new Segment("Ships ", Change.KEPT), new Segment("<fast>", Change.ADDED),
				new Segment(" code", Change.REMOVED));
		String template = "<p lang=\"en\"><th:block matrix:segments=\"${segments}\"></th:block></p>";
		String marked = "<p lang=\"en\">Ships <ins><span class=\"visually-hidden\"%s>hinzugefügt:</span>&lt;fast&gt;</ins>"
				+ "<del><span class=\"visually-hidden\"%s>entfernt:</span> code</del></p>";
		assertThat(this.engine.process(template, new Context(Locale.GERMAN, Map.of("segments", segments))))
			.isEqualTo(marked.formatted("", ""));
		assertThat(this.engine.process(template,
				new Context(Locale.GERMAN, Map.of("segments", segments, "contentLang", "en"))))
			.isEqualTo(marked.formatted(" lang=\"de\"", " lang=\"de\""));
	}

	record Flag(boolean required) {
	}

	private String render(String text) {
		return this.engine.process("<div class=\"description\" matrix:lines=\"${d}\"></div>",
				new Context(null, Map.of("d", Description.of(text))));
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new MatrixDialect());
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("badge.required", Locale.GERMAN, "Pflicht & mehr");
		messages.addMessage("badge.optional", Locale.GERMAN, "Optional");
		messages.addMessage("badge.notExpected", Locale.GERMAN, "Nicht erwartet");
		messages.addMessage("diff.added", Locale.GERMAN, "hinzugefügt:");
		messages.addMessage("diff.removed", Locale.GERMAN, "entfernt:");
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
