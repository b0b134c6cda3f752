package com.skillmatrix.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.index.SearchResults.Segment;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsDialectTests {

	private static final String TEMPLATE = "<p><mark search:segments=\"${segments}\" th:lang=\"${lang}\"></mark></p>";

	private final SpringTemplateEngine engine = engine();

	@Test
	void marksTheMarkedSegmentsInCopiesOfTheElementAndLeavesTheOthersPlain() {
		assertThat(render(List.of(new Segment("Rotates", true), new Segment(" keys; audits the ", false),
				new Segment("rotation", true), new Segment(".", false)), "en"))
			.isEqualTo("<p><mark lang=\"en\">Rotates</mark> keys; audits the <mark lang=\"en\">rotation</mark>.</p>");
	}

	@Test
	void escapesTextAsThTextDoes() {
		List<Segment> segments = List.of(new Segment("reviews <script>alert('1')</script> & \"more\" ", false),
				new Segment("<b>", true));
		String withThText = this.engine.process(
				"<p><th:block th:text=\"${segments[0].text}\"></th:block><mark th:text=\"${segments[1].text}\"></mark></p>",
				context(segments, null));
		assertThat(render(segments, null)).isEqualTo(withThText).doesNotContain("<script>", "<b>");
	}

	@Test
	void writesTextThatLooksLikeAnInlinedExpressionAsItIs() {
		assertThat(render(List.of(new Segment("[[${lang}]] and [(${lang})]", false), new Segment("[[${lang}]]", true)),
				"en"))
			.isEqualTo("<p>[[${lang}]] and [(${lang})]<mark lang=\"en\">[[${lang}]]</mark></p>");
	}

	@Test
	void anElementWithoutOtherAttributesIsCopiedBare() {
		assertThat(render(List.of(new Segment("vault", true)), null)).isEqualTo("<p><mark>vault</mark></p>");
	}

	@Test
	void noSegmentsAreNoText() {
		assertThat(render(List.of(), "en")).isEqualTo("<p></p>");
	}

	private String render(List<Segment> segments, String lang) {
		return this.engine.process(TEMPLATE, context(segments, lang));
	}

	private static Context context(List<Segment> segments, String lang) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("segments", segments);
		variables.put("lang", lang);
		Context context = new Context();
		context.setVariables(variables);
		return context;
	}

	private static SpringTemplateEngine engine() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new SegmentsDialect());
		return engine;
	}

}
