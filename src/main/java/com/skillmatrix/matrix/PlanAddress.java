package com.skillmatrix.matrix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A growth plan's answers in one short query value, so that the plan's address can be bookmarked, mailed and printed,
 * and still opens after the matrix has changed.
 * <p>
 * Database ids change when a changed folder is loaded afresh; slugs do not. So each skill is named by a key made from
 * a hash of its slug, and each level by one made from its level's slug, never by a position: an answer can only ever
 * reach the skill it was given for. A key is as short as it can be while no two skills of the role (no two levels)
 * share it, four characters at least, so that a skill added later is most unlikely to take a removed one's key; where
 * two do share it after a change, the answer is dropped rather than guessed.
 * <p>
 * The value is {@code 1.kl.group.group….check}: the format's version, the lengths of the skill and level keys, then
 * the skills grouped by their answer (a level's key, {@code -} for "not yet" or {@code _} for no answer) and last a
 * check of everything before it, so that an address cut short or mistyped is told apart from one that was made from
 * another matrix. Every skill of the role is named, answered or not, so that skills added to the role later are known
 * as new.
 */
public final class PlanAddress {

	/** The query parameter that holds the answers: upper case, so that no skill's slug can be it. */
	public static final String PARAMETER = "P";

	/** The answer for a skill that the engineer meets at no level yet, as the form sends it. */
	public static final String NONE = "none";

	private static final String VERSION = "1";

	private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final int SKILL_KEY = 4;

	private static final int LEVEL_KEY = 3;

	/** The longest key: 9 of 62 digits hold 53 of the hash's bits. */
	private static final int LONGEST_KEY = 9;

	private static final int CHECK = 4;

	private static final char SEPARATOR = '.';

	private static final char NOT_YET = '-';

	private static final char UNANSWERED = '_';

	/** Far above what a role of any size needs, and below what a server accepts in an address. */
	private static final int MAX_LENGTH = 6000;

	private static final Pattern CHARACTERS = Pattern.compile("[0-9A-Za-z._-]+");

	private static final Pattern KEYS = Pattern.compile("[0-9A-Za-z]+");

	private PlanAddress() {
	}

	/**
	 * The value that holds the answers for a role's skills.
	 *
	 * @param skills the role's skills' slugs, in the order the page lists them
	 * @param levels every level's slug, lowest first
	 * @param answers a level's slug or {@link #NONE} for each skill answered; the others are unanswered
	 */
	public static String encode(List<String> skills, List<String> levels, Map<String, String> answers) {
		int skillKey = keyLength(Kind.SKILL, skills, SKILL_KEY);
		int levelKey = keyLength(Kind.LEVEL, levels, LEVEL_KEY);
		StringBuilder value = new StringBuilder(VERSION).append(SEPARATOR).append(skillKey).append(levelKey);
		List<String> labels = new ArrayList<>();
		levels.forEach((level) -> labels.add(key(Kind.LEVEL, level, levelKey)));
		labels.add(String.valueOf(NOT_YET));
		labels.add(String.valueOf(UNANSWERED));
		List<String> answersTo = new ArrayList<>(levels);
		answersTo.add(NONE);
		answersTo.add(null);
		for (String answer : answers.values()) {
			if (!answersTo.contains(answer)) {
				throw new IllegalArgumentException("'" + answer + "' is no level");
			}
		}
		if (!skills.containsAll(answers.keySet())) {
			throw new IllegalArgumentException("answers for skills that are not the role's: " + answers.keySet());
		}
		for (int i = 0; i < labels.size(); i++) {
			String answer = answersTo.get(i);
			StringBuilder group = new StringBuilder(labels.get(i));
			for (String skill : skills) {
				if (Objects.equals(answers.get(skill), answer)) {
					group.append(key(Kind.SKILL, skill, skillKey));
				}
			}
			if (group.length() > labels.get(i).length()) {
				value.append(SEPARATOR).append(group);
			}
		}
		String check = key(Kind.CHECK, value.toString(), CHECK);
		return value.append(SEPARATOR).append(check).toString();
	}

	/**
	 * The answers a value holds for the role's skills as they are now.
	 *
	 * @param skills the role's skills' slugs
	 * @param levels every level's slug, lowest first
	 * @throws Damaged where the value is not one this class made, or not all of it
	 */
	public static Reading decode(String value, List<String> skills, List<String> levels) {
		if (value == null || value.isEmpty()) {
			throw new Damaged(Damage.EMPTY);
		}
		if (value.length() > MAX_LENGTH || !CHARACTERS.matcher(value).matches()) {
			throw new Damaged(Damage.CHARACTERS);
		}
		String[] parts = value.split(Pattern.quote(String.valueOf(SEPARATOR)), -1);
		if (!parts[0].equals(VERSION)) {
			throw new Damaged(parts[0].matches("[0-9]{1,3}") ? Damage.VERSION : Damage.INCOMPLETE);
		}
		int checked = value.lastIndexOf(SEPARATOR);
		if (parts.length < 3 || !parts[parts.length - 1].equals(key(Kind.CHECK, value.substring(0, checked), CHECK))) {
			throw new Damaged(Damage.INCOMPLETE);
		}
		if (!parts[1].matches("[1-9]{2}")) {
			throw new Damaged(Damage.FORM);
		}
		int skillKey = parts[1].charAt(0) - '0';
		int levelKey = parts[1].charAt(1) - '0';
		Map<String, List<String>> skillsByKey = byKey(Kind.SKILL, skills, skillKey);
		Map<String, List<String>> levelsByKey = byKey(Kind.LEVEL, levels, levelKey);

		Map<String, String> found = new HashMap<>();
		Set<String> unanswered = new HashSet<>();
		Set<String> labels = new HashSet<>();
		Set<String> keys = new HashSet<>();
		int dropped = 0;
		int lostLevels = 0;
		for (int i = 2; i < parts.length - 1; i++) {
			String group = parts[i];
			char first = group.isEmpty() ? SEPARATOR : group.charAt(0);
			boolean named = first == NOT_YET || first == UNANSWERED;
			int labelLength = named ? 1 : levelKey;
			if (group.length() <= labelLength || (group.length() - labelLength) % skillKey != 0
					|| !KEYS.matcher(group.substring(named ? 1 : 0)).matches()
					|| !labels.add(group.substring(0, labelLength))) {
				throw new Damaged(Damage.FORM);
			}
			String label = group.substring(0, labelLength);
			String answer;
			if (first == NOT_YET) {
				answer = NONE;
			}
			else if (first == UNANSWERED) {
				answer = null;
			}
			else {
				List<String> level = levelsByKey.getOrDefault(label, List.of());
				answer = (level.size() == 1) ? level.get(0) : null;
			}
			boolean levelLost = !named && answer == null;
			for (int at = labelLength; at < group.length(); at += skillKey) {
				String key = group.substring(at, at + skillKey);
				if (!keys.add(key)) {
					throw new Damaged(Damage.FORM);
				}
				List<String> skill = skillsByKey.getOrDefault(key, List.of());
				if (skill.size() != 1) {
					// A skill without an answer that has gone loses nothing.
					dropped += (first == UNANSWERED) ? 0 : 1;
				}
				else if (levelLost) {
					lostLevels++;
					unanswered.add(skill.get(0));
				}
				else if (answer == null) {
					unanswered.add(skill.get(0));
				}
				else {
					found.put(skill.get(0), answer);
				}
			}
		}
		Map<String, String> answers = new LinkedHashMap<>();
		List<String> added = new ArrayList<>();
		for (String skill : skills) {
			if (found.containsKey(skill)) {
				answers.put(skill, found.get(skill));
			}
			else if (!unanswered.contains(skill)) {
				added.add(skill);
			}
		}
		return new Reading(answers, List.copyOf(added), dropped, lostLevels);
	}

	/** The shortest key length from the least on at which no two of the slugs share a key. */
	private static int keyLength(Kind kind, List<String> slugs, int least) {
		for (int length = least; length <= LONGEST_KEY; length++) {
			Set<String> keys = new HashSet<>();
			for (String slug : slugs) {
				keys.add(key(kind, slug, length));
			}
			if (keys.size() == new HashSet<>(slugs).size()) {
				return length;
			}
		}
		throw new IllegalStateException("Two " + kind + " slugs share a hash of 53 bits: " + slugs);
	}

	private static Map<String, List<String>> byKey(Kind kind, List<String> slugs, int length) {
		Map<String, List<String>> byKey = new HashMap<>();
		slugs.forEach((slug) -> byKey.computeIfAbsent(key(kind, slug, length), (key) -> new ArrayList<>()).add(slug));
		return byKey;
	}

	/**
	 * A slug's key: the first bytes of the SHA-256 of the slug and what it names, written in 62 digits. A shorter key is
	 * the start of a longer one, so that the length can grow without the keys changing.
	 */
	static String key(Kind kind, String text, int length) {
		byte[] hash;
		try {
			hash = MessageDigest.getInstance("SHA-256")
				.digest((kind.prefix + text).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
		long bits = 0;
		for (int i = 0; i < Long.BYTES; i++) {
			bits = (bits << Byte.SIZE) | (hash[i] & 0xFF);
		}
		StringBuilder key = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			key.append(DIGITS.charAt((int) Long.remainderUnsigned(bits, DIGITS.length())));
			bits = Long.divideUnsigned(bits, DIGITS.length());
		}
		return key.toString();
	}

	/** What a key names; each kind hashes its text with a prefix of its own. */
	enum Kind {

		SKILL("skill "), LEVEL("level "), CHECK("check ");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

	}

	/**
	 * What an address holds for the role as it is now.
	 *
	 * @param answers a level's slug or {@link #NONE} for each skill answered, in the order of the skills given
	 * @param added the role's skills that the address does not name: added to the role since it was made
	 * @param dropped answers for skills that the role no longer has, or that a new skill's key makes ambiguous
	 * @param lostLevels answers at a level the matrix no longer has, whose skills are now unanswered
	 */
	public record Reading(Map<String, String> answers, List<String> added, int dropped, int lostLevels) {

		/** Whether the role or its levels have changed in a way that touches the answers since the address was made. */
		public boolean changed() {
			return !this.added.isEmpty() || this.dropped > 0 || this.lostLevels > 0;
		}

	}

	/** What is wrong with a value that cannot be read. */
	public enum Damage {

		/** The parameter is there with no value. */
		EMPTY,
		/** It holds characters that no address of a plan has, or far too many. */
		CHARACTERS,
		/** It was made in a format this version does not read. */
		VERSION,
		/** Its end is missing or it was changed: its check does not match. */
		INCOMPLETE,
		/** Its check matches, but its parts do not make a plan. */
		FORM

	}

	/** A value that cannot be read, and why. */
	public static final class Damaged extends RuntimeException {

		private final Damage damage;

		Damaged(Damage damage) {
			super("A plan's address that cannot be read: " + damage, null, false, false);
			this.damage = damage;
		}

		public Damage damage() {
			return this.damage;
		}

	}

}
