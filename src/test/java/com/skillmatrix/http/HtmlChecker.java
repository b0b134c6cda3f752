package com.skillmatrix.http;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator) in-process, with the schema its command line uses for HTML. Reading
 * the schema takes seconds, so one checker is set up for the run and checks one document after another.
 */
final class HtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static HtmlChecker shared;

	private final SimpleDocumentValidator validator;

	private final Collector collector = new Collector();

	private HtmlChecker() throws Exception {
		// No log4j set-up, no logged addresses, and no guessing the text's language.
		this.validator = new SimpleDocumentValidator(false, false, false);
		this.validator.setUpMainSchema(HTML_SCHEMA, this.collector);
		this.validator.setUpValidatorAndParsers(this.collector, false, false);
	}

	static synchronized HtmlChecker shared() {
		if (shared == null) {
			try {
				shared = new HtmlChecker();
			}
			catch (Exception ex) {
				throw new IllegalStateException("The Nu Html Checker could not read its HTML schema", ex);
			}
		}
		return shared;
	}

	/** Every error and warning the checker finds in a document, in the order it found them. */
	synchronized List<Message> check(String html) {
		this.collector.messages.clear();
		try {
			this.validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (SAXException ex) {
			// A fatal error stops the check; the collector has recorded it.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(this.collector.messages);
	}

	/** One finding, where the checker saw it. */
	record Message(boolean error, int line, int column, String text) {

		@Override
		public String toString() {
			return (this.error ? "error" : "warning") + " at line " + this.line + ", column " + this.column + ": "
					+ this.text;
		}

	}

	private static final class Collector implements ErrorHandler {

		private final List<Message> messages = new ArrayList<>();

		@Override
		public void warning(SAXParseException ex) {
			add(false, ex);
		}

		@Override
		public void error(SAXParseException ex) {
			add(true, ex);
		}

		@Override
		public void fatalError(SAXParseException ex) {
			add(true, ex);
		}

		private void add(boolean error, SAXParseException ex) {
			this.messages.add(new Message(error, ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage()));
		}

	}

}
