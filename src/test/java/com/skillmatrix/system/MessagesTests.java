package com.skillmatrix.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language says everything: the same keys, each with the arguments it is given, and its own words. The
 * build fails on a key missing in any language, so that no page falls back to English part of the way.
 */
class MessagesTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	/** Messages that may read the same in another language: names, symbols, arguments alone and borrowed words. */
	private static final Set<String> SAME_EVERYWHERE = Set.of("app.name", "page.title", "skill.title",
			"role.heading", "level.title", "level.heading", "advance.title.top", "profile.grid.group",
			"profile.grid.none", "search.skill.place", "catalogue.skills.optional", "badge.optional",
			"profile.counts.optional", "download.heading");

	/** An indefinite article, or in Chinese a measure word, right before an argument. */
	private static final Map<InterfaceLanguage, Pattern> ARTICLE_BEFORE_ARGUMENT = Map.of(InterfaceLanguage.EN,
			Pattern.compile("(?i)\\b(a|an)\\s+\\{\\d"), InterfaceLanguage.DE,
			Pattern.compile("(?i)\\b(ein|eine|einen|einem|einer|eines)\\s+\\{\\d"), InterfaceLanguage.ZH,
			Pattern.compile("一[个名位]\\s*\\{\\d"));

	/** What each pattern must find, so that a pattern that finds nothing cannot pass unnoticed. */
	private static final Map<InterfaceLanguage, String> ARTICLE_SAMPLES = Map.of(InterfaceLanguage.EN,
			"What a {0} is expected to know", InterfaceLanguage.DE, "Was eine {0} wissen sollte", InterfaceLanguage.ZH,
			"一名{0}应掌握的内容");

	static Properties messages(InterfaceLanguage language) {
		String name = "/messages/messages" + ((language == InterfaceLanguage.DEFAULT) ? "" : "_" + language.code())
				+ ".properties";
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	@ParameterizedTest
	@EnumSource(value = InterfaceLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void everyLanguageHasEveryKeyAndNoOther(InterfaceLanguage language) {
		Set<String> english = new TreeSet<>(messages(InterfaceLanguage.EN).stringPropertyNames());
		Set<String> translated = new TreeSet<>(messages(language).stringPropertyNames());
		assertThat(translated).as("keys of " + language.code()).containsExactlyInAnyOrderElementsOf(english);
	}

	@ParameterizedTest
	@EnumSource(value = InterfaceLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void everyMessageTakesTheSameArguments(InterfaceLanguage language) {
		Properties english = messages(InterfaceLanguage.EN);
		Properties translated = messages(language);
		for (String key : english.stringPropertyNames()) {
			assertThat(arguments(translated.getProperty(key, ""))).as(language.code() + " " + key)
				.isEqualTo(arguments(english.getProperty(key)));
		}
	}

	@ParameterizedTest
	@EnumSource(value = InterfaceLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void everyMessageIsInItsOwnWords(InterfaceLanguage language) {
		Properties english = messages(InterfaceLanguage.EN);
		Properties translated = messages(language);
		List<String> untranslated = english.stringPropertyNames()
			.stream()
			.filter((key) -> !SAME_EVERYWHERE.contains(key) && !key.startsWith("format."))
			.filter((key) -> english.getProperty(key).equals(translated.getProperty(key)))
			.sorted()
			.toList();
		assertThat(untranslated).as("messages of " + language.code() + " left in English").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(InterfaceLanguage.class)
	void everyMessageWithArgumentsFormatsInItsLocale(InterfaceLanguage language) {
		Properties messages = messages(language);
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			if (ARGUMENT.matcher(text).find()) {
				MessageFormat format = new MessageFormat(text, language.locale());
				// Arguments used only inside a choice have no format of their own: they are words.
				Format[] formats = format.getFormatsByArgumentIndex();
				Object[] arguments = new Object[arguments(text).last() + 1];
				for (int index = 0; index < arguments.length; index++) {
					arguments[index] = sample((index < formats.length) ? formats[index] : null);
				}
				assertThat(format.format(arguments)).as(language.code() + " " + key).doesNotContain("{", "'");
			}
		}
	}

	/**
	 * A name of the matrix may be any word, and an article chosen for one name is wrong for another ("a Engineer",
	 * "ein Rolle"), so that no message puts one before an argument: it says "the role {0}" or "die Rolle {0}".
	 */
	@ParameterizedTest
	@EnumSource(InterfaceLanguage.class)
	void noMessagePutsAnArticleBeforeAName(InterfaceLanguage language) {
		Pattern article = ARTICLE_BEFORE_ARGUMENT.get(language);
		Properties messages = messages(language);
		List<String> found = messages.stringPropertyNames()
			.stream()
			.filter((key) -> article.matcher(messages.getProperty(key)).find())
			.sorted()
			.toList();
		assertThat(found).as("messages of " + language.code() + " with an article before an argument").isEmpty();
		assertThat(article.matcher(ARTICLE_SAMPLES.get(language)).find()).as("the pattern finds an article").isTrue();
	}

	@Test
	void pluralsAndDatesFollowTheLanguage() {
		assertThat(format(InterfaceLanguage.EN, "catalogue.roles.skills", 1)).isEqualTo("1 skill");
		assertThat(format(InterfaceLanguage.EN, "catalogue.roles.skills", 2)).isEqualTo("2 skills");
		assertThat(format(InterfaceLanguage.DE, "catalogue.roles.skills", 1)).isEqualTo("1 Fähigkeit");
		assertThat(format(InterfaceLanguage.DE, "catalogue.roles.skills", 2)).isEqualTo("2 Fähigkeiten");
		assertThat(format(InterfaceLanguage.DE, "catalogue.roles.skills", 1200)).isEqualTo("1.200 Fähigkeiten");
		assertThat(format(InterfaceLanguage.ZH, "catalogue.roles.skills", 1)).isEqualTo("1 项技能");
		assertThat(format(InterfaceLanguage.ZH, "catalogue.roles.skills", 2)).isEqualTo("2 项技能");
		Date date = Date.from(java.time.LocalDate.of(2026, 3, 17).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
		assertThat(format(InterfaceLanguage.DE, "gone.skill", "X", date)).contains("am 17. März 2026");
		assertThat(format(InterfaceLanguage.ZH, "gone.skill", "X", date)).contains("2026年3月17日");
		assertThat(java.time.format.DateTimeFormatter
			.ofPattern(messages(InterfaceLanguage.DE).getProperty("format.date"), Locale.GERMAN)
			.format(java.time.LocalDate.of(2026, 3, 17))).isEqualTo("17. März 2026");
		assertThat(java.time.format.DateTimeFormatter
			.ofPattern(messages(InterfaceLanguage.ZH).getProperty("format.date"), Locale.CHINESE)
			.format(java.time.LocalDate.of(2026, 3, 17))).isEqualTo("2026年3月17日");
	}

	private static String format(InterfaceLanguage language, String key, Object... arguments) {
		return new MessageFormat(messages(language).getProperty(key), language.locale()).format(arguments);
	}

	private static TreeSet<Integer> arguments(String text) {
		TreeSet<Integer> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(text);
		while (matcher.find()) {
			arguments.add(Integer.valueOf(matcher.group(1)));
		}
		return arguments;
	}

	/** An argument of the kind a format expects: a date, a number, or words. */
	private static Object sample(Format format) {
		if (format == null) {
			return "x";
		}
		return (format instanceof java.text.DateFormat) ? new Date() : (Object) 2;
	}

}
