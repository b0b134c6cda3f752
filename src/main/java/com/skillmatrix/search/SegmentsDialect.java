package com.skillmatrix.search;

import java.util.List;
import java.util.Set;

import com.skillmatrix.index.SearchResults.Segment;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.ICloseElementTag;
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
 * Text in segments with the matched words marked, as the search page writes every name and snippet it shows:
 * {@code <mark search:segments="${segments}" th:lang="...">} stands for the text, with this element, its other
 * attributes done, around each marked segment, and the others as plain text, escaped as {@code th:text} escapes.
 * <p>
 * A page of results holds a few hundred segments; a {@code th:each} over them, with a {@code th:if} and a
 * {@code th:text} apiece, was its most costly part.
 */
@Component
class SegmentsDialect extends AbstractProcessorDialect {

	static final String PREFIX = "search";

	SegmentsDialect() {
		// After the standard dialect, so that the element's own attributes are done when it is copied.
		super("Segments", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE + 1);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new SegmentsProcessor(prefix));
	}

	private static final class SegmentsProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		SegmentsProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "segments", StandardDialect.PROCESSOR_PRECEDENCE, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object segments, IElementTagStructureHandler structureHandler) {
			if (!(segments instanceof List<?> list) || !(tag instanceof IOpenElementTag open)) {
				throw new TemplateProcessingException(
						"search:segments takes a list of segments on an element with a body: " + attributeValue);
			}
			IModelFactory factory = context.getModelFactory();
			IOpenElementTag mark = factory.removeAttribute(open, attributeName);
			ICloseElementTag close = factory.createCloseElementTag(open.getElementCompleteName());
			IModel model = factory.createModel();
			for (Object item : list) {
				Segment segment = (Segment) item;
				if (segment.marked()) {
					model.add(mark);
				}
				model.add(factory.createText(HtmlEscape.escapeHtml4Xml(segment.text())));
				if (segment.marked()) {
					model.add(close);
				}
			}
			structureHandler.replaceWith(model, false);
		}

	}

}
