package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages' rules, read from the sources: features over {@code system} over {@code matrix}, the loader beside
 * them. {@code matrix} (the model) uses nothing else of the application; no feature uses {@code loading} or another
 * feature, so what two features share moves down; {@code loading} holds no controller. A reference is an import or a
 * fully qualified name ({@code com.skillmatrix.x.}), as JPQL's constructor expressions use them.
 */
class ArchitectureTests {

	private static final Path SOURCES = Path.of("src/main/java/com/skillmatrix");

	private static final String MODEL = "matrix";

	private static final String SYSTEM = "system";

	private static final String LOADING = "loading";

	/** The search engine, below the search page and the API that both read it. */
	private static final String INDEX = "index";

	private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.skillmatrix\\.([a-z]+)\\.");

	private static final Pattern CONTROLLER = Pattern.compile("^@(Rest)?Controller\\b", Pattern.MULTILINE);

	@Test
	void theModelUsesNothingElseOfTheApplication() {
		assertThat(references(MODEL)).isNotEmpty().allSatisfy((reference) -> assertThat(reference.to())
			.as(reference.toString())
			.isEqualTo(MODEL));
	}

	@Test
	void noFeatureUsesTheLoaderOrAnotherFeature() {
		List<String> features = features();
		assertThat(features).contains("catalogue", "skill", "role", "changes", "api");
		for (String feature : features) {
			assertThat(references(feature)).as(feature).isNotEmpty().allSatisfy((reference) -> assertThat(reference.to())
				.as(reference.toString())
				.isIn(feature, MODEL, SYSTEM, INDEX));
		}
	}

	@Test
	void theSearchEngineUsesOnlyTheModelAndTheSystem() {
		assertThat(references(INDEX)).isNotEmpty().allSatisfy((reference) -> assertThat(reference.to())
			.as(reference.toString())
			.isIn(INDEX, MODEL, SYSTEM));
	}

	@Test
	void theSystemAndTheLoaderUseNoFeature() {
		List<String> features = features();
		assertThat(features).isNotEmpty();
		for (String layer : List.of(SYSTEM, LOADING, INDEX)) {
			assertThat(references(layer)).as(layer).isNotEmpty().allSatisfy((reference) -> assertThat(reference.to())
				.as(reference.toString())
				.isNotIn(features));
		}
		assertThat(references(SYSTEM)).allSatisfy(
				(reference) -> assertThat(reference.to()).as(reference.toString()).isNotEqualTo(LOADING));
	}

	@Test
	void theLoaderHoldsNoController() {
		List<Path> files = sources(LOADING);
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			assertThat(CONTROLLER.matcher(read(file)).find()).as(file.toString()).isFalse();
		}
	}

	/** Every package of the application but the model, the system, the loader and the search engine is a feature. */
	private static List<String> features() {
		try (Stream<Path> packages = Files.list(SOURCES)) {
			List<String> features = packages.filter(Files::isDirectory)
				.map((path) -> path.getFileName().toString())
				.filter((name) -> !Set.of(MODEL, SYSTEM, LOADING, INDEX).contains(name))
				.sorted()
				.toList();
			assertThat(features).as("the feature packages under " + SOURCES).isNotEmpty();
			return features;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a package's sources (its subpackages' too) refer to in other packages of the application. */
	private static Set<Reference> references(String from) {
		Set<Reference> references = new TreeSet<>();
		for (Path file : sources(from)) {
			Matcher matcher = REFERENCE.matcher(read(file));
			while (matcher.find()) {
				references.add(new Reference(SOURCES.relativize(file).toString(), matcher.group(1)));
			}
		}
		return references;
	}

	private static List<Path> sources(String pkg) {
		Path folder = SOURCES.resolve(pkg);
		assertThat(folder).as("the package " + pkg).isDirectory();
		try (Stream<Path> files = Files.walk(folder)) {
			return new ArrayList<>(files.filter((file) -> file.toString().endsWith(".java")).sorted().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A source file's reference to a package. */
	private record Reference(String file, String to) implements Comparable<Reference> {

		@Override
		public int compareTo(Reference other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.file + " -> " + this.to;
		}

	}

}
