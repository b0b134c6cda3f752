package com.skillmatrix.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The matrix as Lucene documents, and the analyzers that make their terms: one document for each skill, role and
 * cell, of its {@link Kind}, numbered in the order of its list. Searchable text is stemmed (English), so that
 * "rotate" finds "rotation"; every word is also kept as typed, in lower case, as the vocabulary that typos are
 * corrected against.
 */
final class Documents {

	static final String KIND = "kind";

	/** The document's place in the list of its kind. */
	static final String ORDER = "order";

	static final String NAME = "name";

	static final String TEXT = "text";

	/** A cell's skill, role and level, by name. */
	static final String CONTEXT = "context";

	/** Every word of every text, lower case but not stemmed. */
	static final String WORDS = "words";

	static final String LEVEL = "level";

	static final String ROLE = "role";

	static final String DOMAIN = "domain";

	static final String REQUIRED = "required";

	/** The vocabulary only says which words there are: no frequencies, positions or lengths to keep. */
	private static final FieldType VOCABULARY = vocabulary();

	/** The terms of the searchable fields: English stems, stop words left out. */
	final Analyzer stems = new EnglishAnalyzer();

	/** The words as typed, lower case, stop words left out. */
	final Analyzer words = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

	/** Each field's analyzer. */
	final Analyzer fields = new FieldAnalyzer(this.stems, this.words);

	/** Writes the matrix into an index in memory and opens it for reading. */
	DirectoryReader write(IndexedMatrix matrix) {
		// Each file as one buffer: a search opens dozens of slices of the files, and a file kept in many buffers
		// costs a list of them for every slice.
		Directory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.fields))) {
			add(writer, Kind.SKILL, matrix.skills, (document, skill) -> {
				text(document, NAME, skill.name());
				text(document, TEXT, skill.summary(), skill.domain(), skill.category());
				document.add(new StringField(DOMAIN, skill.domainSlug(), Field.Store.NO));
			});
			add(writer, Kind.ROLE, matrix.roles, (document, role) -> {
				text(document, NAME, role.name());
				document.add(new StringField(ROLE, role.slug(), Field.Store.NO));
			});
			add(writer, Kind.CELL, matrix.cells, (document, cell) -> {
				text(document, TEXT, cell.description());
				text(document, CONTEXT, matrix.skill(cell).name(), matrix.role(cell).name(), matrix.level(cell).name());
				document.add(new StringField(LEVEL, cell.level(), Field.Store.NO));
				document.add(new StringField(ROLE, cell.role(), Field.Store.NO));
				document.add(new StringField(DOMAIN, matrix.skill(cell).domainSlug(), Field.Store.NO));
				document.add(new StringField(REQUIRED, String.valueOf(cell.required()), Field.Store.NO));
			});
			writer.commit();
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("An index in memory cannot fail to be written", ex);
		}
	}

	/** One document for each item, of its kind, numbered in the order given. */
	private static <T> void add(IndexWriter writer, Kind kind, List<T> items, BiConsumer<Document, T> fields)
			throws IOException {
		for (int order = 0; order < items.size(); order++) {
			Document document = new Document();
			document.add(new StringField(KIND, kind.name(), Field.Store.NO));
			document.add(new NumericDocValuesField(ORDER, order));
			fields.accept(document, items.get(order));
			writer.addDocument(document);
		}
	}

	/** Text to search, stemmed in its own field and as typed in the vocabulary. */
	private static void text(Document document, String field, String... values) {
		for (String value : values) {
			document.add(new TextField(field, value, Field.Store.NO));
			document.add(new Field(WORDS, value, VOCABULARY));
		}
	}

	/** The terms an analyzer makes of a text. */
	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text in memory cannot fail to be read", ex);
		}
		return terms;
	}

	private static FieldType vocabulary() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	/** Stems every field but the vocabulary, and keeps the values of a field apart, so that no phrase spans two. */
	private static final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

		private final Analyzer stems;

		private final Analyzer words;

		FieldAnalyzer(Analyzer stems, Analyzer words) {
			super(PER_FIELD_REUSE_STRATEGY);
			this.stems = stems;
			this.words = words;
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String field) {
			return WORDS.equals(field) ? this.words : this.stems;
		}

		@Override
		public int getPositionIncrementGap(String field) {
			return 100;
		}

	}

}
