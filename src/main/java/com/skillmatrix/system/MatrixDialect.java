package com.skillmatrix.system;

import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.Description;
import com.skillmatrix.matrix.WordDiff.Segment;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * What pages of a whole role show hundreds of times, written by a processor each rather than by a fragment inserted
 * for each, with its conditions and loops, which was a large part of such a page's first rendering:
 * <ul>
 * <li>{@code matrix:lines="${cell.lines()}"}: a description's lines as the body of the element that holds them, one
 * line as a sentence; several as lists under their headings, a line that stands alone between blank lines as a
 * paragraph of its own. The text is escaped as {@code th:text} escapes it.</li>
 * <li>{@code <th:block matrix:badge="${cell?.required}">}: the badge that says whether a cell is Required, Optional
 * (false) or not expected (null), in the page's language.</li>
 * <li>{@code <th:block matrix:segments="${changes.next}">}: a text cut into the segments a comparison made, each added
 * one in {@code <ins>} and each removed one in {@code <del>}, with a word for those who cannot see the marks.</li>
 * </ul>
 */
@Component
class MatrixDialect extends AbstractProcessorDialect {

	static final String PREFIX = "matrix";

	MatrixDialect() {
		super("Matrix", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new ModelProcessor(prefix, "lines", true, "a description",
				(context, value) -> (value instanceof Description description)
						? lines(context.getModelFactory(), description) : null),
				new ModelProcessor(prefix, "badge", false, "whether a cell is required",
						(context, value) -> (value == null || value instanceof Boolean)
								? badge(context, (Boolean) value) : null),
				new ModelProcessor(prefix, "segments", false, "a list of segments",
						(context, value) -> (value instanceof List<?> list
								&& list.stream().allMatch(Segment.class::isInstance))
										? segments(context, list.stream().map(Segment.class::cast).toList()) : null));
	}

	/** The lines of a description, written into a model that replaces the element's body. */
	static IModel lines(IModelFactory factory, Description description) {
		IModel model = factory.createModel();
		if (!description.list()) {
			model.add(factory.createText(escape(description.items().get(0))));
			return model;
		}
		for (Description.Group group : description.groups()) {
			if (group.single()) {
				element(factory, model, "p", "description__line", group.items().get(0));
				continue;
			}
			if (group.heading() != null) {
				element(factory, model, "p", "description__heading", group.heading());
			}
			if (!group.items().isEmpty()) {
				model.add(factory.createOpenElementTag("ul", "class", "description__list"));
				group.items().forEach((item) -> element(factory, model, "li", null, item));
				model.add(factory.createCloseElementTag("ul"));
			}
		}
		return model;
	}

	private static void element(IModelFactory factory, IModel model, String name, String cssClass, String text) {
		model.add((cssClass != null) ? factory.createOpenElementTag(name, "class", cssClass)
				: factory.createOpenElementTag(name));
		model.add(factory.createText(escape(text)));
		model.add(factory.createCloseElementTag(name));
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

	/** The badge for a cell that is required (true), optional (false) or not expected (null). */
	static IModel badge(ITemplateContext context, Boolean required) {
		IModelFactory factory = context.getModelFactory();
		IModel model = factory.createModel();
		if (required == null) {
			element(factory, model, "span", "not-expected", message(context, "badge.notExpected"));
		}
		else if (required) {
			element(factory, model, "strong", "badge badge--required", message(context, "badge.required"));
		}
		else {
			element(factory, model, "span", "badge badge--optional", message(context, "badge.optional"));
		}
		return model;
	}

	/**
	 * Segments as a comparison marks them. The word said for a mark is in the interface's language, which the element
	 * names where the text around it is the matrix's ({@code contentLang} set).
	 */
	static IModel segments(ITemplateContext context, List<Segment> segments) {
		IModelFactory factory = context.getModelFactory();
		IModel model = factory.createModel();
		String lang = (context.getVariable("contentLang") != null) ? context.getLocale().toLanguageTag() : null;
		for (Segment segment : segments) {
			if (segment.change().kept()) {
				model.add(factory.createText(escape(segment.text())));
				continue;
			}
			String name = segment.change().added() ? "ins" : "del";
			String word = message(context, segment.change().added() ? "diff.added" : "diff.removed");
			model.add(factory.createOpenElementTag(name));
			IOpenElementTag hidden = factory.createOpenElementTag("span", "class", "visually-hidden");
			model.add((lang != null) ? factory.setAttribute(hidden, "lang", lang) : hidden);
			model.add(factory.createText(escape(word)));
			model.add(factory.createCloseElementTag("span"));
			model.add(factory.createText(escape(segment.text())));
			model.add(factory.createCloseElementTag(name));
		}
		return model;
	}

	private static String message(ITemplateContext context, String key) {
		return context.getMessage(MatrixDialect.class, key, new Object[0], true);
	}

	/** What a processor writes for its attribute's value: null where the value is not of its kind. */
	private interface Writer {

		IModel write(ITemplateContext context, Object value);

	}

	/**
	 * An attribute whose value's model becomes the element's body ({@code matrix:lines}), or replaces the element
	 * ({@code th:block matrix:badge}, {@code matrix:segments}).
	 */
	private static final class ModelProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		private final boolean body;

		private final String takes;

		private final Writer writer;

		ModelProcessor(String prefix, String name, boolean body, String takes, Writer writer) {
			super(TemplateMode.HTML, prefix, name, StandardDialect.PROCESSOR_PRECEDENCE, true);
			this.body = body;
			this.takes = takes;
			this.writer = writer;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object value, IElementTagStructureHandler structureHandler) {
			IModel model = this.writer.write(context, value);
			if (model == null) {
				throw new TemplateProcessingException(
						attributeName.getCompleteAttributeNames()[0] + " takes " + this.takes + ": " + attributeValue);
			}
			if (this.body) {
				structureHandler.setBody(model, false);
			}
			else {
				structureHandler.replaceWith(model, false);
			}
		}

	}

}
