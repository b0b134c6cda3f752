import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.skillmatrix.imports.ExportParser;
import com.skillmatrix.imports.MigrationWriter;
import com.skillmatrix.imports.SkillExport;
import com.skillmatrix.matrix.Slugs;

/**
 * Writes a large skill matrix for the benchmark: export files in the seed's format for 300 skills in 12 domains
 * and 60 roles, then turns each into a Flyway migration through the application's own parser and writer, the
 * path every skill profile takes. Run from the repository with the compiled classes on the class path:
 * {@code java -cp target/classes bench/GenerateMatrix.java target/bench/large}.
 */
public class GenerateMatrix {

	static final String[] DOMAINS = { "Security", "Cloud", "Data", "Frontend", "Backend", "Mobile", "Quality",
			"Operations", "Architecture", "Leadership", "Networking", "Machine Learning" };

	static final String[] CATEGORIES = { "Foundations", "Practices", "Tooling", "Operations", "Strategy" };

	static final String[] SEED_ROLES = { "Application Security Engineer", "Backend Developer (C#/.NET)",
			"Backend Developer (Go)", "Backend Developer (Java/Kotlin)", "Backend Developer (Node.js)",
			"Backend Developer (Python)", "Backend Developer (Rust)", "Cloud Engineer", "Database Engineer / DBA",
			"DevOps Engineer", "DevSecOps Engineer", "Engineering Manager", "Infrastructure Engineer",
			"Platform Engineer", "Release Engineer", "Security Analyst", "Site Reliability Engineer (SRE)",
			"Solutions Architect", "Technical Lead" };

	static final String[] MORE_ROLES = { "Data", "Analytics", "Machine Learning", "MLOps", "Frontend", "Mobile (iOS)",
			"Mobile (Android)", "QA", "Test Automation", "Performance", "Network", "Storage", "Observability",
			"Identity", "Payments", "Search", "Embedded", "Firmware", "Game", "Graphics", "Compiler", "Build",
			"Developer Experience", "API", "Integration", "Streaming", "Privacy", "Compliance", "Incident Response",
			"Cryptography", "Blockchain", "Robotics", "Audio", "Video", "Localization", "Accessibility", "Design Systems",
			"Knowledge Management", "Customer Reliability", "FinOps", "Edge Computing" };

	static final String[] WORDS = ("designs implements reviews automates monitors documents evaluates configures "
			+ "secures scales migrates tests operates mentors defines measures improves integrates maintains audits "
			+ "service pipeline cluster policy schema interface dashboard runbook contract workflow release incident "
			+ "baseline budget standard roadmap library platform dependency rollout capacity latency resilience "
			+ "across teams with clear ownership using proven patterns and shared tooling for production systems").split(" ");

	static final String[] LEVELS = { "Junior", "Middle", "Senior", "Lead", "Principal" };

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "target/bench/large");
		int skills = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		Random random = new Random(42);
		List<String> roles = new ArrayList<>(List.of(SEED_ROLES));
		for (String area : MORE_ROLES) {
			roles.add(area + " Engineer");
		}
		Path exports = Files.createDirectories(out.resolve("exports"));
		Path migrations = Files.createDirectories(out.resolve("migrations"));
		List<String> slugs = new ArrayList<>();
		for (int i = 1; i <= skills; i++) {
			String domain = DOMAINS[i % DOMAINS.length];
			String category = domain + " " + CATEGORIES[(i / DOMAINS.length) % CATEGORIES.length];
			String name = domain + " Skill " + i;
			String slug = Slugs.of(name);
			String text = export(random, roles, domain, category);
			Files.writeString(exports.resolve(slug + ".txt"), text);
			SkillExport parsed = ExportParser.parse(text);
			Files.writeString(migrations.resolve("V" + (1000 + i) + "__skill_" + slug.replace('-', '_') + ".sql"),
					MigrationWriter.write(parsed, name, slug));
			slugs.add(slug);
		}
		Files.write(out.resolve("skills.txt"), slugs);
		System.out.println("wrote " + skills + " skills, " + DOMAINS.length + " domains, " + roles.size()
				+ " roles to " + out);
	}

	/** One skill page's export: a random half to all of the roles, required more often at higher levels. */
	static String export(Random random, List<String> allRoles, String domain, String category) {
		List<String> roles = new ArrayList<>(allRoles);
		Collections.shuffle(roles, random);
		roles = new ArrayList<>(roles.subList(0, 30 + random.nextInt(allRoles.size() - 29)));
		Collections.sort(roles);
		List<List<String>> tables = new ArrayList<>();
		int cells = 0;
		int required = 0;
		for (int level = 0; level < LEVELS.length; level++) {
			List<String> rows = new ArrayList<>();
			for (String role : roles) {
				if (level == 0 && random.nextInt(10) == 0) {
					continue;
				}
				String description = description(random);
				boolean mandatory = random.nextInt(5) < level + 1;
				int shape = random.nextInt(3);
				rows.add(mandatory ? "| " + role + " | Required | " + description + " |"
						: (shape == 0) ? "| " + role + " | " + description + " |"
								: "| " + role + " | " + description + " | |");
				cells++;
				required += mandatory ? 1 : 0;
			}
			tables.add(rows);
		}
		StringBuilder text = new StringBuilder();
		text.append("Domain\n").append(domain).append("\nSkill Profile\n")
			.append(description(random).replace(".", "")).append('\n')
			.append("Roles\n").append(roles.size()).append("\nwhere this skill appears\n")
			.append("Levels\n5\nstructured growth path\n")
			.append("Mandatory requirements\n").append(required).append('\n')
			.append("the other ").append(cells - required).append(" optional\n")
			.append(domain).append('\n').append(category).append('\n')
			.append(1 + random.nextInt(12)).append('/').append(1 + random.nextInt(28)).append("/2026\n")
			.append("Choose your current level and compare expectations. The items below show what to cover to "
					+ "advance to the next level.\n")
			.append("The table shows how skill depth grows from Junior to Principal. Click a row to see details.\n");
		for (List<String> rows : tables) {
			text.append("| Role | Required | Description |\n|---|---|---|\n");
			rows.forEach((row) -> text.append(row).append('\n'));
		}
		return text.toString();
	}

	static String description(Random random) {
		StringBuilder sentence = new StringBuilder();
		int words = 15 + random.nextInt(45);
		for (int i = 0; i < words; i++) {
			String word = WORDS[random.nextInt(WORDS.length)];
			sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
				.append(i + 1 == words ? "." : (random.nextInt(9) == 0 ? ", " : " "));
		}
		return sentence.toString();
	}

}
