package com.skillmatrix.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor typed, split into quoted phrases and the loose words around them. A quote left open closes at the
 * end; typographic quotes count as quotes, since phones and word processors type them.
 *
 * @param loose the text outside quotes, each phrase's place taken by a space
 * @param phrases the text inside each pair of quotes, in order
 */
record QueryText(String loose, List<String> phrases) {

	private static final Pattern PHRASE = Pattern.compile("[\"“”„]([^\"“”„]*)(?:[\"“”„]|$)");

	static QueryText parse(String text) {
		List<String> phrases = new ArrayList<>();
		StringBuilder loose = new StringBuilder();
		Matcher matcher = PHRASE.matcher(text);
		while (matcher.find()) {
			if (!matcher.group(1).isBlank()) {
				phrases.add(matcher.group(1).strip());
			}
			matcher.appendReplacement(loose, " ");
		}
		matcher.appendTail(loose);
		return new QueryText(loose.toString(), List.copyOf(phrases));
	}

}
