import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a large data folder for the benchmark: by default 150 skills in 10 domains, 70 roles and the default five
 * levels (so no levels.csv), about 35,000 cells, a third of them Required. Half the skills are skill-page exports
 * ({@code <slug>.txt}, titled, with header figures that agree with the tables), the other half three files in the
 * matrix CSV format. The output is the same on every run (a fixed random seed), and the program needs nothing but
 * a JDK:
 *
 * <pre>
 * java bench/GenerateMatrix.java target/bench/large [skills] [roles]
 * </pre>
 *
 * The DevOps Engineer has a cell in every skill at every level, so that its role pages are as large as any.
 */
public class GenerateMatrix {

	static final long SEED = 20261127L;

	static final int LEVELS = 5;

	static final int CSV_FILES = 3;

	/** Required from this level up (index), or never (the last entry), with these weights: a third of the cells. */
	static final int[] REQUIRED_FROM_WEIGHTS = { 10, 10, 20, 5, 5, 50 };

	static final String ALWAYS = "DevOps Engineer";

	/**
	 * The catalogue: a domain line, then its categories, each with its skills as "Name = term, term, term, term".
	 * The terms make the skill's summary and the specifics of its descriptions.
	 */
	static final String CATALOGUE = """
			# Security
			## Application Security
			Secure Code Review = Semgrep, CodeQL, OWASP Top 10, review checklists
			Threat Modeling = STRIDE, attack trees, data flow diagrams, abuse cases
			Dependency Scanning = SBOM, Dependabot, Snyk, CVE triage
			Web Application Firewalls = ModSecurity, rate limiting, bot detection, virtual patching
			## Infrastructure Security
			Secrets Management = HashiCorp Vault, AWS Secrets Manager, sealed secrets, rotation
			Container Security = image signing, Trivy, seccomp profiles, admission control
			Network Segmentation = firewall rules, VPC design, micro-segmentation, zero trust
			Hardening & Baselines = CIS Benchmarks, Ansible hardening, patch management, drift detection
			## Identity and Access
			OAuth 2.0 & OpenID Connect = authorization code flow, PKCE, token introspection, Keycloak
			Access Reviews = least privilege, RBAC, role mining, recertification
			Public Key Infrastructure = X.509 certificates, ACME, certificate rotation, HSMs
			## Security Operations
			Incident Response = playbooks, forensics, containment, post-incident review
			Security Monitoring = SIEM, detection rules, Sigma, alert triage
			Penetration Testing = Burp Suite, red teaming, scoping, reporting
			Vulnerability Management = CVSS, scanning cadence, remediation SLAs, risk acceptance
			# Cloud
			## Cloud Platforms
			AWS Foundations = IAM, VPC, EC2, S3
			Azure Foundations = Entra ID, resource groups, AKS, Azure Monitor
			Google Cloud Foundations = GKE, Cloud Run, BigQuery, organisation policies
			Serverless Architecture = AWS Lambda, event triggers, cold starts, Step Functions
			## Containers and Orchestration
			Kubernetes = pods, deployments, operators, Helm
			Docker & Container Images = Dockerfiles, multi-stage builds, registries, BuildKit
			Service Mesh = Istio, Linkerd, mTLS, traffic shifting
			GitOps = Argo CD, Flux, drift reconciliation, environment promotion
			## Infrastructure as Code
			Terraform = modules, state management, providers, plan review
			Configuration Management = Ansible, idempotency, inventories, roles
			Pulumi & CDK = TypeScript infrastructure, constructs, stacks, policy as code
			## Cost and Governance
			FinOps = cost allocation, tagging, reserved capacity, showback
			Cloud Governance = landing zones, guardrails, service control policies, account vending
			Multi-Cloud Strategy = portability, vendor lock-in, workload placement, identity federation
			Disaster Recovery = RPO, RTO, backup strategy, failover drills
			# Data
			## Data Engineering
			Batch Pipelines = Apache Spark, Airflow, partitioning, backfills
			Stream Processing = Kafka Streams, Flink, exactly-once delivery, windowing
			Data Modeling = star schema, dimensional modeling, slowly changing dimensions, Data Vault
			dbt & ELT = dbt models, data tests, incremental builds, lineage
			## Databases
			PostgreSQL = query planning, indexing, streaming replication, VACUUM
			Database Performance Tuning = EXPLAIN plans, connection pooling, query caching, lock contention
			NoSQL Databases = MongoDB, Cassandra, DynamoDB, consistency models
			Schema Migrations = Flyway, Liquibase, expand-and-contract, zero-downtime changes
			## Analytics
			SQL for Analytics = window functions, CTEs, cohort analysis, query optimisation
			BI & Dashboards = Looker, Power BI, metric definitions, self-service analytics
			Experimentation & A/B Testing = statistical power, guardrail metrics, feature flags, sequential testing
			## Data Governance
			Data Quality = Great Expectations, anomaly detection, data contracts, freshness SLAs
			Data Privacy = GDPR, pseudonymisation, retention policies, consent management
			Metadata & Catalogs = DataHub, column lineage, dataset ownership, business glossary
			Master Data Management = golden records, deduplication, matching rules, data stewardship
			# Software Engineering
			## Languages
			Modern Java = records, streams, virtual threads, JVM tuning
			Go Programming = goroutines, channels, Go modules, pprof
			Python Engineering = type hints, packaging, asyncio, virtual environments
			Modern C++ = RAII, templates, move semantics, CMake
			C# and .NET = ASP.NET Core, LINQ, async/await, NuGet
			Rust Programming = ownership, borrowing, Cargo, unsafe code
			TypeScript = type narrowing, generics, strict mode, declaration files
			## Software Design
			API Design = REST, OpenAPI, versioning, pagination
			Domain-Driven Design = bounded contexts, aggregates, ubiquitous language, event storming
			Microservices Architecture = service boundaries, sagas, API gateways, contract testing
			## Testing
			Unit Testing = test doubles, JUnit, pytest, mutation testing
			Integration Testing = Testcontainers, consumer-driven contracts, fixtures, test data management
			Test Automation Frameworks = Selenium, Playwright, page objects, flaky tests
			## Engineering Practices
			Code Review = pull requests, review etiquette, static analysis, pair programming
			Refactoring & Legacy Code = characterisation tests, strangler fig, seams, technical debt
			# Frontend
			## Web Platform
			HTML & Semantics = landmarks, forms, structured data, progressive enhancement
			CSS Architecture = CSS Grid, custom properties, BEM, container queries
			Web Performance = Core Web Vitals, lazy loading, bundle size, HTTP caching
			Browser APIs = Service Workers, IndexedDB, Fetch API, Web Components
			JavaScript Fundamentals = closures, the event loop, ES modules, promises
			## Frameworks
			React = hooks, server components, state management, Suspense
			Angular = RxJS, dependency injection, change detection, signals
			Vue.js = Composition API, Pinia, single-file components, Nuxt
			Frontend Build Tooling = Vite, webpack, esbuild, module federation
			Frontend Testing = Testing Library, Cypress, visual regression, Storybook
			## User Experience
			Web Accessibility = WCAG 2.2, ARIA, screen readers, keyboard navigation
			Design Systems = design tokens, component libraries, Figma, theming
			Internationalisation = ICU messages, locale formatting, right-to-left layouts, translation workflow
			UX Research = usability testing, user interviews, personas, journey maps
			Interaction Design = wireframes, prototyping, micro-interactions, motion design
			# Mobile
			## Native Apps
			iOS Development = Swift, SwiftUI, UIKit, Xcode
			Android Development = Kotlin, Jetpack Compose, Gradle, Android Studio
			Mobile Architecture = MVVM, offline-first sync, modularisation, dependency injection
			Mobile Performance = app start time, memory leaks, battery usage, frame drops
			Mobile Security = keychain storage, certificate pinning, obfuscation, jailbreak detection
			## Cross-Platform
			Flutter = Dart, widgets, Riverpod, platform channels
			React Native = the new architecture, Expo, native modules, Hermes
			Kotlin Multiplatform = shared modules, expect/actual declarations, Compose Multiplatform, Ktor
			## Mobile Delivery
			App Store Release = App Store Connect, Google Play Console, staged rollouts, review guidelines
			Mobile CI/CD = Fastlane, code signing, build caching, device farms
			Mobile Analytics = crash reporting, Firebase, conversion funnels, session replay
			Push Notifications = APNs, FCM, audience segmentation, delivery receipts
			Mobile Accessibility = VoiceOver, TalkBack, dynamic type, touch targets
			Mobile Testing = XCTest, Espresso, snapshot tests, emulators
			Deep Linking = universal links, app links, deferred deep links, in-app routing
			# Operations
			## Reliability
			Site Reliability Practices = SLOs, error budgets, toil reduction, blameless postmortems
			Incident Management = on-call rotations, paging policy, incident command, status pages
			Capacity Planning = load forecasting, autoscaling, headroom, saturation benchmarks
			Chaos Engineering = fault injection, game days, blast radius, steady-state hypotheses
			## Observability
			Monitoring & Alerting = Prometheus, Alertmanager, alert fatigue, runbooks
			Distributed Tracing = OpenTelemetry, Jaeger, context propagation, tail sampling
			Logging = structured logs, Loki, the ELK stack, log retention
			## Delivery
			CI/CD Pipelines = GitHub Actions, GitLab CI, pipelines as code, artifact promotion
			Release Management = semantic versioning, release trains, changelogs, rollback plans
			Build Systems = Maven, Gradle, Bazel, reproducible builds
			Feature Flags = progressive delivery, kill switches, flag debt, canary releases
			## Infrastructure
			Linux Administration = systemd, shell scripting, file systems, kernel parameters
			Networking Fundamentals = TCP/IP, DNS, load balancers, TLS termination
			Storage Systems = block storage, object storage, RAID, Ceph
			Virtualization = KVM, VMware vSphere, hypervisors, live migration
			# Machine Learning
			## ML Foundations
			Statistics for ML = hypothesis testing, probability distributions, Bayesian inference, sampling bias
			Naïve Bayes & Probabilistic Models = conditional independence, priors, likelihoods, calibration
			Feature Engineering = categorical encoding, feature stores, target leakage, scaling
			Model Evaluation = cross-validation, ROC curves, precision and recall, fairness metrics
			Deep Learning = PyTorch, backpropagation, transformers, regularisation
			## ML Engineering
			MLOps = model registry, MLflow, training pipelines, drift monitoring
			Model Serving = TorchServe, request batching, latency budgets, GPU inference
			ML Data Pipelines = labelling workflows, dataset versioning, DVC, data augmentation
			Distributed Training = data parallelism, Horovod, mixed precision, checkpointing
			## Applied AI
			Natural Language Processing = tokenisation, embeddings, named entity recognition, spaCy
			Computer Vision = convolutional networks, object detection, OpenCV, image segmentation
			Recommender Systems = collaborative filtering, learning to rank, cold start, two-tower models
			LLM Applications = prompt design, retrieval-augmented generation, offline evaluation, guardrails
			Time Series Forecasting = ARIMA, Prophet, seasonality, backtesting
			Responsible AI = bias audits, explainability, model cards, AI regulation
			# Architecture
			## Solution Architecture
			Architecture Decision Records = ADRs, trade-off analysis, decision logs, RFCs
			System Design = horizontal scaling, partitioning, replication, consistency
			Enterprise Architecture = TOGAF, capability maps, application portfolio, target architecture
			Cloud-Native Architecture = twelve-factor apps, statelessness, managed services, immutable infrastructure
			Architecture Documentation = the C4 model, arc42, diagrams as code, living documentation
			## Integration
			Event-Driven Architecture = event sourcing, CQRS, message brokers, schema registry
			Messaging Systems = RabbitMQ, Apache Kafka, dead-letter queues, idempotent consumers
			API Gateways & Management = Kong, quotas, API keys, developer portals
			Enterprise Integration Patterns = content-based routing, message transformation, Apache Camel, ESB
			GraphQL = schemas, resolvers, federation, N+1 queries
			## Quality Attributes
			Performance Engineering = load testing, Gatling, k6, flame graphs
			Scalability Patterns = sharding, read replicas, back-pressure, work queues
			Resilience Patterns = circuit breakers, retries with jitter, bulkheads, timeouts
			Security Architecture = defence in depth, trust boundaries, encryption at rest, key management
			Caching Strategies = Redis, CDN edge caching, cache invalidation, write-through caches
			# Leadership
			## People Leadership
			Mentoring & Coaching = career conversations, feedback, growth plans, shadowing
			Hiring & Interviewing = structured interviews, job descriptions, scoring rubrics, onboarding
			Performance Management = goal setting, review cycles, calibration, underperformance
			Team Building = psychological safety, team topologies, team rituals, remote collaboration
			## Delivery Management
			Agile Practices = Scrum, Kanban, retrospectives, backlog refinement
			Estimation & Planning = story points, probabilistic forecasting, roadmaps, cross-team dependencies
			Stakeholder Management = expectation setting, status reporting, negotiation, escalation paths
			Technical Debt Management = debt registers, prioritisation, refactoring budgets, quality metrics
			Engineering Metrics = DORA metrics, cycle time, the SPACE framework, team health checks
			## Communication
			Technical Writing = design docs, README files, runbooks, style guides
			Presentation Skills = storytelling, slide design, live demos, audience analysis
			Cross-Team Collaboration = RFC process, guilds, inner source, communities of practice
			Product Thinking = user outcomes, product discovery, prioritisation frameworks, OKRs
			Knowledge Sharing = brown-bag sessions, internal wikis, tech talks, documentation culture
			Negotiation & Conflict Resolution = interests and positions, mediation, trade-offs, consensus building
			""";

	/** The 19 roles of the seed, then more; each with the work it focuses on, for the descriptions. */
	static final String ROLES = """
			Application Security Engineer = application security reviews
			Backend Developer (C#/.NET) = .NET services
			Backend Developer (Go) = Go services
			Backend Developer (Java/Kotlin) = JVM services
			Backend Developer (Node.js) = Node.js services
			Backend Developer (Python) = Python services
			Backend Developer (Rust) = Rust services
			Cloud Engineer = cloud accounts and networks
			Database Engineer / DBA = the database tier
			DevOps Engineer = build, deployment and runtime infrastructure
			DevSecOps Engineer = secure delivery pipelines
			Engineering Manager = the team's delivery and growth
			Infrastructure Engineer = shared infrastructure
			Platform Engineer = the internal developer platform
			Release Engineer = release engineering
			Security Analyst = security monitoring
			Site Reliability Engineer (SRE) = reliability of production services
			Solutions Architect = client solutions
			Technical Lead = the team's technical direction
			Frontend Developer (React) = React applications
			Frontend Developer (Angular) = Angular applications
			Frontend Developer (Vue.js) = Vue.js applications
			Full-Stack Developer = features from database to browser
			iOS Developer = iOS apps
			Android Developer = Android apps
			Flutter Developer = Flutter apps
			React Native Developer = React Native apps
			C++ Developer = C++ code bases
			C Developer = C code close to the hardware
			Embedded Software Engineer = embedded devices
			Firmware Engineer = device firmware
			Backend Developer (PHP) = PHP services
			Backend Developer (Ruby) = Ruby on Rails applications
			Backend Developer (Scala) = Scala services
			Backend Developer (Elixir) = Elixir services
			Data Engineer = data pipelines
			Data Scientist = models and experiments
			Data Analyst = reports and analyses
			Analytics Engineer = the analytics layer
			Business Intelligence Developer (BI) = BI reports
			Machine Learning Engineer = ML systems in production
			MLOps Engineer = the ML platform
			Computer Vision Engineer = vision models
			NLP Engineer = language models and text pipelines
			QA Engineer = product quality
			QA Automation Engineer = automated test suites
			Performance Engineer = performance and load testing
			Network Engineer = the corporate and data-centre network
			Storage Engineer = storage platforms
			Observability Engineer = the observability stack
			Identity & Access Engineer = identity and access management
			Penetration Tester = offensive security assessments
			SOC Analyst = the security operations centre
			Security Architect = security architecture
			Software Architect = the architecture of a product
			Enterprise Architect = the enterprise landscape
			Data Architect = the data architecture
			Product Manager = the product roadmap
			Product Owner = the team's backlog
			Scrum Master = the team's process
			Agile Coach = agile ways of working
			UX Designer = user experience
			UI Designer = visual design
			Technical Writer = developer documentation
			Developer Advocate = the developer community
			Systems Administrator = servers and workstations
			Support Engineer = customer support escalations
			Game Developer (Unity) = Unity games
			Blockchain Developer = smart contracts
			Head of Engineering = the engineering organisation
			""";

	static final String[][] LEADS = {
			{ "Understands basic {skill} concepts and where they matter for {focus}.",
					"Uses {t} under guidance, following the team's {artefact}.", "Knows the basics of {t} and {t2}.",
					"Learns {skill} through small, well-scoped tasks in {focus}.",
					"Follows established practices for {t} when working on {focus}.",
					"Can explain what {t} is for and recognises when a task needs it.",
					"Applies {t} in routine tasks with help from a senior colleague.",
					"Reads and updates the {artefact} that describe {t}." },
			{ "Independently applies {t} and {t2} in {focus}.",
					"Integrates {t} into day-to-day work on {scope} services.",
					"Configures {t} for typical cases and troubleshoots common failures.",
					"Implements {skill} practices in {focus} without close supervision.",
					"Uses {t} confidently, choosing sensible defaults for {scope} workloads.",
					"Automates routine {skill} tasks, such as {t}." },
			{ "Designs {skill} solutions for {focus}, weighing {t} against {t2}.",
					"Owns {t} for {scope} systems end to end.", "Leads the adoption of {t} across the team's services.",
					"Diagnoses hard problems involving {t} and fixes their root cause.",
					"Sets up {t} so that {outcome} follow by default.",
					"Designs a {skill} approach that fits {scope} constraints." },
			{ "Defines {skill} standards for {focus} and the teams around it.",
					"Establishes how {t} is used across teams, with clear ownership.",
					"Coordinates {skill} work across several teams and aligns it with the roadmap.",
					"Sets the direction for {t} and {t2} in the department.",
					"Decides when to invest in {t}, and when not to." },
			{ "Shapes the organisation's strategy for {skill}.",
					"Drives company-wide adoption of {t}, measured by {outcome}.",
					"Defines the long-term vision for {t} and {t2} across products.",
					"Sets architectural principles for {skill} that hold across {scope} systems.",
					"Is the recognised authority on {skill} inside the company, from {t} to {t2}." } };

	static final String[][] FOLLOWS = {
			{ "Asks for a review before changing {scope} systems.",
					"Recognises common mistakes with {t} and knows whom to ask.",
					"Keeps notes of what was learnt in the team's {artefact}.",
					"Runs the standard checks before opening a pull request.",
					"Understands why {t} matters for {outcome}.",
					"Reproduces issues locally and reports them with clear steps.",
					"Pairs with teammates to learn {t2}.",
					"Follows the team's conventions, even where they are not written down.",
					"Knows the difference between {t} and {t2}." },
			{ "Writes and maintains {artefact} for the team.", "Reviews colleagues' changes that involve {t}.",
					"Explains the trade-offs between {t} and {t2} to {audience}.",
					"Measures the effect of a change and records it in {artefact}.",
					"Spots gaps in existing {artefact} and fills them.", "Helps junior colleagues get started with {t}.",
					"Knows the limits of {t} in {scope} environments.",
					"Understands the \"{t}\" part of the system well enough to change it safely.",
					"Estimates {skill} work with reasonable accuracy." },
			{ "Mentors colleagues on {t} and reviews their designs.", "Writes {artefact} that other teams reuse.",
					"Anticipates failure modes and builds safeguards around {t2}.",
					"Balances delivery speed against long-term maintainability.",
					"Introduces metrics that show whether {t} works as intended.",
					"Challenges assumptions in proposals, with evidence.",
					"Represents the team in design reviews on {skill}.",
					"Calls out \"{t}\" risks early, before they reach {scope} systems.",
					"Turns recurring {t2} problems into automated checks." },
			{ "Builds a shared set of {artefact} for {skill}.", "Grows senior engineers into owners of {t}.",
					"Reports progress on {outcome} to {audience}.",
					"Negotiates priorities with product and platform teams.",
					"Runs regular reviews of {t} practices and acts on the findings.",
					"Makes sure the {artefact} stay current as systems change.",
					"Turns lessons from incidents into standards for {t2}.",
					"Budgets time for {skill} improvements in every planning cycle." },
			{ "Influences industry practice through talks, writing or open-source work.",
					"Evaluates emerging approaches beyond {t} and decides what to adopt.",
					"Advises {audience} on risks and investments in {skill}.",
					"Builds communities of practice around {t2}.",
					"Aligns {skill} with business goals and regulatory requirements.",
					"Sponsors multi-year initiatives, such as replacing or consolidating {t}.",
					"Judges \"good enough\" for {t} in a way the whole organisation can follow." } };

	static final String[] ARTEFACTS = { "runbooks", "design documents", "onboarding guides", "architecture diagrams",
			"checklists", "wiki pages", "playbooks", "reference implementations", "coding guidelines",
			"review templates", "decision records", "test plans", "dashboards", "how-to guides" };

	static final String[] SCOPES = { "production", "customer-facing", "regulated", "legacy", "greenfield",
			"high-traffic", "multi-tenant", "internal", "latency-sensitive", "cost-constrained", "safety-critical",
			"globally distributed" };

	static final String[] AUDIENCES = { "new joiners", "product managers", "adjacent teams", "senior engineers",
			"the security team", "support staff", "leadership", "auditors", "the wider engineering organisation",
			"customers' architects" };

	static final String[] OUTCOMES = { "shorter lead times", "fewer incidents", "predictable releases",
			"lower cloud costs", "faster onboarding", "clearer ownership", "measurable quality", "audit readiness",
			"better developer experience", "faster recovery" };

	record Skill(String name, String slug, String domain, String category, List<String> terms) {
	}

	record Role(String name, String focus) {
	}

	record Cell(Role role, int level, boolean required, String description) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 3) {
			System.err.println("usage: java bench/GenerateMatrix.java <out-folder> [skills (150)] [roles (70)]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int skillCount = (args.length > 1) ? Integer.parseInt(args[1]) : 150;
		int roleCount = (args.length > 2) ? Integer.parseInt(args[2]) : 70;
		if (skillCount < 2 || roleCount < 1) {
			System.err.println("Give at least 2 skills and 1 role.");
			System.exit(2);
		}
		if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
			System.err.println(out + " exists and is not an empty folder: give a new one.");
			System.exit(2);
		}
		Files.createDirectories(out);
		Random random = new Random(SEED);
		List<Skill> skills = skills(skillCount);
		List<Role> roles = roles(roleCount);
		int[] totals = new int[4]; // cells, required, descriptions with a line break, with a quote
		int exports = 0;
		int csvSkills = 0;
		List<List<String>> csvFiles = new ArrayList<>();
		for (int i = 0; i < CSV_FILES; i++) {
			csvFiles.add(new ArrayList<>());
		}
		int csvTotal = skills.size() / 2;
		for (int i = 0; i < skills.size(); i++) {
			Skill skill = skills.get(i);
			boolean asCsv = i % 2 == 1;
			List<Cell> cells = cells(random, skill, roles, asCsv);
			LocalDate updated = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(690));
			for (Cell cell : cells) {
				totals[0]++;
				totals[1] += cell.required() ? 1 : 0;
				totals[2] += cell.description().contains("\n") ? 1 : 0;
				totals[3] += (asCsv && cell.description().contains("\"")) ? 1 : 0;
			}
			if (asCsv) {
				int file = Math.min(CSV_FILES - 1, csvSkills * CSV_FILES / Math.max(1, csvTotal));
				csvSkills++;
				List<String> csvRows = csvFiles.get(file);
				for (Cell cell : cells) {
					csvRows.add(csvRow(skill, updated, cell));
				}
			}
			else {
				exports++;
				Files.writeString(out.resolve(skill.slug() + ".txt"), export(skill, updated, cells),
						StandardCharsets.UTF_8);
			}
		}
		String header = "skill_slug,skill_name,domain,category,summary,last_updated,level,role,required,description";
		for (int i = 0; i < CSV_FILES; i++) {
			if (!csvFiles.get(i).isEmpty()) {
				StringBuilder text = new StringBuilder(header).append("\r\n");
				csvFiles.get(i).forEach((row) -> text.append(row).append("\r\n"));
				Files.writeString(out.resolve("matrix-" + (i + 1) + ".csv"), text, StandardCharsets.UTF_8);
			}
		}
		if (csvSkills > 0 && (totals[2] == 0 || totals[3] == 0)) {
			throw new IllegalStateException("the CSV files should have descriptions with line breaks and quotes");
		}
		System.out.printf(Locale.ROOT,
				"Wrote %s: %d skills (%d exports, %d in CSV), %d roles, %d levels, %d cells (%d required)%n", out,
				skills.size(), exports, csvSkills, roles.size(), LEVELS, totals[0], totals[1]);
	}

	/** The catalogue's skills, then as many numbered repeats of them as a larger count needs. */
	static List<Skill> skills(int count) {
		List<Skill> catalogue = new ArrayList<>();
		String domain = null;
		String category = null;
		for (String line : CATALOGUE.strip().split("\n")) {
			if (line.startsWith("## ")) {
				category = line.substring(3);
			}
			else if (line.startsWith("# ")) {
				domain = line.substring(2);
			}
			else {
				String[] parts = line.split(" = ", 2);
				catalogue.add(new Skill(parts[0], slug(parts[0]), domain, category, List.of(parts[1].split(", "))));
			}
		}
		List<Skill> skills = new ArrayList<>();
		Set<String> slugs = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			Skill base = catalogue.get(i % catalogue.size());
			int round = i / catalogue.size();
			String name = (round == 0) ? base.name() : base.name() + " " + (round + 1);
			Skill skill = new Skill(name, slug(name), base.domain(), base.category(), base.terms());
			if (!slugs.add(skill.slug())) {
				throw new IllegalStateException("two skills give the slug " + skill.slug());
			}
			skills.add(skill);
		}
		return skills;
	}

	/** The first {@code count} roles (the DevOps Engineer always among them), then numbered specialists. */
	static List<Role> roles(int count) {
		List<Role> all = new ArrayList<>();
		for (String line : ROLES.strip().split("\n")) {
			String[] parts = line.split(" = ", 2);
			all.add(new Role(parts[0], parts[1]));
		}
		List<Role> roles = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
		if (roles.stream().noneMatch((role) -> role.name().equals(ALWAYS))) {
			roles.set(roles.size() - 1, all.stream().filter((role) -> role.name().equals(ALWAYS)).findFirst().get());
		}
		for (int i = all.size() + 1; i <= count; i++) {
			roles.add(new Role("Domain Specialist " + i, "specialist work"));
		}
		Set<String> slugs = new LinkedHashSet<>();
		for (Role role : roles) {
			if (!slugs.add(slug(role.name()))) {
				throw new IllegalStateException("two roles give the slug " + slug(role.name()));
			}
		}
		return roles;
	}

	/**
	 * One skill's cells, level by level and by role name within a level: most roles but not all, some of them
	 * expected only from a higher level, and Required from some level up for about half of them.
	 */
	static List<Cell> cells(Random random, Skill skill, List<Role> roles, boolean mayBreakLines) {
		List<Role> named = new ArrayList<>(roles);
		Collections.shuffle(named, random);
		int size = Math.max(1, Math.min(roles.size(), (int) Math.round(roles.size() * (0.60 + 0.186 * random.nextDouble()))));
		named = new ArrayList<>(named.subList(0, size));
		if (named.stream().noneMatch((role) -> role.name().equals(ALWAYS))) {
			named.set(0, roles.stream().filter((role) -> role.name().equals(ALWAYS)).findFirst().get());
		}
		named.sort((a, b) -> a.name().compareTo(b.name()));
		Map<Role, Integer> from = new HashMap<>();
		Map<Role, Integer> requiredFrom = new HashMap<>();
		for (Role role : named) {
			int start = random.nextInt(100);
			from.put(role, role.name().equals(ALWAYS) ? 0 : (start < 90) ? 0 : (start < 97) ? 1 : 2);
			requiredFrom.put(role, weighted(random, REQUIRED_FROM_WEIGHTS));
		}
		List<Cell> cells = new ArrayList<>();
		for (int level = 0; level < LEVELS; level++) {
			for (Role role : named) {
				if (level >= from.get(role)) {
					boolean breakLines = mayBreakLines && random.nextInt(120) == 0;
					cells.add(new Cell(role, level, level >= requiredFrom.get(role),
							description(random, skill, role, level, breakLines)));
				}
			}
		}
		return cells;
	}

	static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** Two to four sentences: one that says what the level does with the skill, then one to three more. */
	static String description(Random random, Skill skill, Role role, int level, boolean breakLines) {
		int tier = Math.min(level, LEADS.length - 1);
		List<String> sentences = new ArrayList<>();
		sentences.add(fill(random, LEADS[tier][random.nextInt(LEADS[tier].length)], skill, role));
		List<String> follows = new ArrayList<>(List.of(FOLLOWS[tier]));
		Collections.shuffle(follows, random);
		int more = 1 + random.nextInt(3);
		for (int i = 0; i < more; i++) {
			sentences.add(fill(random, follows.get(i), skill, role));
		}
		return String.join(breakLines ? "\n" : " ", sentences);
	}

	static String fill(Random random, String template, Skill skill, Role role) {
		List<String> terms = new ArrayList<>(skill.terms());
		Collections.shuffle(terms, random);
		return template.replace("{skill}", skill.name())
			.replace("{t}", terms.get(0))
			.replace("{t2}", terms.get(1))
			.replace("{focus}", role.focus())
			.replace("{artefact}", ARTEFACTS[random.nextInt(ARTEFACTS.length)])
			.replace("{scope}", SCOPES[random.nextInt(SCOPES.length)])
			.replace("{audience}", AUDIENCES[random.nextInt(AUDIENCES.length)])
			.replace("{outcome}", OUTCOMES[random.nextInt(OUTCOMES.length)]);
	}

	/** A skill-page export in the seed's format, titled, with figures counted from its tables. */
	static String export(Skill skill, LocalDate updated, List<Cell> cells) {
		long roles = cells.stream().map(Cell::role).distinct().count();
		long required = cells.stream().filter(Cell::required).count();
		StringBuilder text = new StringBuilder();
		text.append("# ").append(skill.name()).append('\n')
			.append("Domain\n").append(skill.domain()).append('\n')
			.append("Skill Profile\n").append(String.join(", ", skill.terms())).append('\n')
			.append("Roles\n").append(roles).append("\nwhere this skill appears\n")
			.append("Levels\n").append(LEVELS).append("\nstructured growth path\n")
			.append("Mandatory requirements\n").append(required).append('\n')
			.append("the other ").append(cells.size() - required).append(" optional\n")
			.append(skill.domain()).append('\n')
			.append(skill.category()).append('\n')
			.append(updated.getMonthValue()).append('/').append(updated.getDayOfMonth()).append('/')
			.append(updated.getYear()).append('\n')
			.append("Choose your current level and compare expectations. The items below show what to cover to "
					+ "advance to the next level.\n")
			.append("The table shows how skill depth grows from Junior to Principal. Click a row to see details.\n");
		int shape = 0;
		for (int level = 0; level < LEVELS; level++) {
			text.append("| Role | Required | Description |\n|---|---|---|\n");
			for (Cell cell : cells) {
				if (cell.level() != level) {
					continue;
				}
				String name = cell.role().name();
				if (cell.required()) {
					text.append("| ").append(name).append(" | Required | ").append(cell.description()).append(" |\n");
				}
				else if (shape++ % 3 == 0) {
					text.append("| ").append(name).append(" | ").append(cell.description()).append(" |\n");
				}
				else {
					text.append("| ").append(name).append(" | ").append(cell.description()).append(" | |\n");
				}
			}
		}
		return text.toString();
	}

	static final String[] LEVEL_NAMES = { "Junior", "Middle", "Senior", "Lead", "Principal" };

	static String csvRow(Skill skill, LocalDate updated, Cell cell) {
		return String.join(",", csv(skill.slug()), csv(skill.name()), csv(skill.domain()), csv(skill.category()),
				csv(String.join(", ", skill.terms())), csv(updated.toString()), csv(LEVEL_NAMES[cell.level()]),
				csv(cell.role().name()), cell.required() ? "required" : "optional", csv(cell.description()));
	}

	/** RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
	static String csv(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}

	private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("\\s*\\(\\p{Lu}{2,}\\)\\s*$");

	private static final Pattern WORD_INITIAL_DOT = Pattern.compile("(?<![\\p{L}\\p{N}])\\.(?=[\\p{L}\\p{N}])");

	/** The application's slug rule, restated so that this program stands alone. */
	static String slug(String name) {
		String slug = TRAILING_ABBREVIATION.matcher(name).replaceFirst("");
		slug = slug.replace("#", "sharp").replace("+", "plus");
		slug = WORD_INITIAL_DOT.matcher(slug).replaceAll("dot").replace(".", "");
		slug = Normalizer.normalize(slug, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		slug = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug;
	}

}
