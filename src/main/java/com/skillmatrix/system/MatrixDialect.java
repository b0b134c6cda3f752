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
		return Set.of(new LinesProcessor(prefix), new BadgeProcessor(prefix), new SegmentsProcessor(prefix));
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

	private static final class LinesProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		LinesProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "lines", StandardDialect.PROCESSOR_PRECEDENCE, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object value, IElementTagStructureHandler structureHandler) {
			if (!(value instanceof Description description)) {
				throw new TemplateProcessingException("matrix:lines takes a description: " + attributeValue);
			}
			structureHandler.setBody(lines(context.getModelFactory(), description), false);
		}

	}

	private static final class SegmentsProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		SegmentsProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "segments", StandardDialect.PROCESSOR_PRECEDENCE, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object value, IElementTagStructureHandler structureHandler) {
			if (!(value instanceof List<?> list) || !list.stream().allMatch(Segment.class::isInstance)) {
				throw new TemplateProcessingException("matrix:segments takes a list of segments: " + attributeValue);
			}
			structureHandler.replaceWith(segments(context, list.stream().map(Segment.class::cast).toList()), false);
		}

	}

	private static final class BadgeProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		BadgeProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "badge", StandardDialect.PROCESSOR_PRECEDENCE, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object value, IElementTagStructureHandler structureHandler) {
			if (value != null && !(value instanceof Boolean)) {
				throw new TemplateProcessingException("matrix:badge takes whether a cell is required: " + attributeValue);
			}
			structureHandler.replaceWith(badge(context, (Boolean) value), false);
		}

	}

}
