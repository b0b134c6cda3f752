-- Skill profile Secrets Management (vault-secrets),
-- written by ExportToMigration from its skill-page export; regenerate it rather than edit it.

INSERT INTO domains (name, slug)
SELECT 'Security', 'security'
WHERE NOT EXISTS (SELECT 1 FROM domains WHERE name = 'Security');

INSERT INTO categories (domain_id, name, slug)
SELECT d.id, 'Infrastructure Security', 'infrastructure-security'
FROM domains d
WHERE d.name = 'Security'
  AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.domain_id = d.id AND c.name = 'Infrastructure Security');

INSERT INTO skills (category_id, name, slug, summary, last_updated)
SELECT c.id, 'Secrets Management', 'vault-secrets', 'HashiCorp Vault, AWS Secrets Manager, sealed secrets, rotation', DATE '2026-03-17'
FROM categories c JOIN domains d ON d.id = c.domain_id
WHERE d.name = 'Security' AND c.name = 'Infrastructure Security';

INSERT INTO roles (name, slug) SELECT 'Application Security Engineer', 'application-security-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Application Security Engineer');
INSERT INTO roles (name, slug) SELECT 'Backend Developer (C#/.NET)', 'backend-developer-csharp-dotnet' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Backend Developer (C#/.NET)');
INSERT INTO roles (name, slug) SELECT 'Backend Developer (Go)', 'backend-developer-go' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Backend Developer (Go)');
INSERT INTO roles (name, slug) SELECT 'Backend Developer (Java/Kotlin)', 'backend-developer-java-kotlin' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Backend Developer (Java/Kotlin)');
INSERT INTO roles (name, slug) SELECT 'Backend Developer (Node.js)', 'backend-developer-nodejs' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Backend Developer (Node.js)');
INSERT INTO roles (name, slug) SELECT 'Backend Developer (Python)', 'backend-developer-python' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Backend Developer (Python)');
INSERT INTO roles (name, slug) SELECT 'Backend Developer (Rust)', 'backend-developer-rust' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Backend Developer (Rust)');
INSERT INTO roles (name, slug) SELECT 'Cloud Engineer', 'cloud-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Cloud Engineer');
INSERT INTO roles (name, slug) SELECT 'Database Engineer / DBA', 'database-engineer-dba' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Database Engineer / DBA');
INSERT INTO roles (name, slug) SELECT 'DevOps Engineer', 'devops-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'DevOps Engineer');
INSERT INTO roles (name, slug) SELECT 'DevSecOps Engineer', 'devsecops-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'DevSecOps Engineer');
INSERT INTO roles (name, slug) SELECT 'Infrastructure Engineer', 'infrastructure-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Infrastructure Engineer');
INSERT INTO roles (name, slug) SELECT 'Platform Engineer', 'platform-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Platform Engineer');
INSERT INTO roles (name, slug) SELECT 'Release Engineer', 'release-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Release Engineer');
INSERT INTO roles (name, slug) SELECT 'Security Analyst', 'security-analyst' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Security Analyst');
INSERT INTO roles (name, slug) SELECT 'Site Reliability Engineer (SRE)', 'site-reliability-engineer' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Site Reliability Engineer (SRE)');
INSERT INTO roles (name, slug) SELECT 'Engineering Manager', 'engineering-manager' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Engineering Manager');
INSERT INTO roles (name, slug) SELECT 'Technical Lead', 'technical-lead' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Technical Lead');
INSERT INTO roles (name, slug) SELECT 'Solutions Architect', 'solutions-architect' WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = 'Solutions Architect');

-- junior
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 1, TRUE,
  'Understands basic Secrets Management concepts. Follows security guidelines. Recognizes typical code vulnerabilities.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Application Security Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 2, FALSE,
  'Uses secrets management for C#: Azure Key Vault, IConfiguration integration. Understands secrets lifecycle.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (C#/.NET)' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 3, FALSE,
  'Uses Vault for Go: vault SDK, basic secret retrieval. Understands secrets lifecycle.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Go)' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 4, FALSE,
  'Uses Vault for Java: Spring Vault integration, secret retrieval. Understands secrets lifecycle.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Java/Kotlin)' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 5, FALSE,
  'Uses HashiCorp Vault for Node.js: retrieving secrets via node-vault client. Understands secrets management principles.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Node.js)' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 6, FALSE,
  'Uses Vault for Python: hvac client, basic secret retrieval. Understands secrets lifecycle.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Python)' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 7, FALSE,
  'Uses HashiCorp Vault for Rust: secret retrieval through API, basic authentication. Understands secret storage principles.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Rust)' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 8, FALSE,
  'Understands basic Secrets Management concepts. Follows security guidelines. Recognizes common vulnerabilities in code.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Cloud Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 9, FALSE,
  'Uses HashiCorp Vault for obtaining database credentials: dynamic secrets for DB connections, rotation policies. Understands basic secrets management concepts. Follows team procedures for credential handling.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Database Engineer / DBA' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 10, FALSE,
  'Understands the importance of secrets management, doesn''t store passwords in code. Uses HashiCorp Vault for reading secrets by instruction, works with basic vault CLI commands. Knows the difference between environment secrets and vault storage.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevOps Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 11, TRUE,
  'Installs HashiCorp Vault in dev mode, studies basic operations: reading/writing secrets via CLI and API. Configures KV secrets engine v2 with versioning. Understands zero-trust principle for secrets in code. Uses Vault Agent for automated token rotation.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevSecOps Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 12, FALSE,
  'Uses HashiCorp Vault for basic secret operations: retrieving credentials through vault CLI, understanding KV secret engine, token authentication. Knows why secrets should not be stored in code or environment variables and can integrate Vault with simple bash scripts.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Infrastructure Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 13, FALSE,
  'Uses HashiCorp Vault for retrieving secrets in platform services: CLI commands, KV engine. Understands authentication via tokens and AppRole. Configures Vault Agent Injector for automatic secret delivery to Kubernetes pods. Follows secret rotation best practices.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Platform Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 14, FALSE,
  'Knows basic secrets management concepts for release engineering and can apply them in typical tasks. Uses standard tools and follows established team practices. Understands when and why this approach is applied.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Release Engineer' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 15, TRUE,
  'Understands basic Secrets Management concepts. Follows security guidelines. Recognizes common code vulnerabilities.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Security Analyst' AND l.slug = 'junior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 16, FALSE,
  'Works with HashiCorp Vault for retrieving secrets: CLI for reading, environment injection through sidecar. Understands secret paths and access policies. Never hardcodes credentials.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Site Reliability Engineer (SRE)' AND l.slug = 'junior';

-- middle
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 1, TRUE,
  'Integrates secrets management into application security workflows: scans codebases for hardcoded secrets (TruffleHog, git-secrets), reviews Vault policies for least-privilege access, and validates secret rotation procedures. Conducts security code reviews focusing on credential handling patterns.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Application Security Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 2, FALSE,
  'Integrates secrets: Key Vault SDK, configuration providers, dynamic secrets. Implements rotation.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (C#/.NET)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 3, FALSE,
  'Integrates Vault: dynamic secrets, token renewal, secret rotation. Implements vault-aware Go services.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Go)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 4, FALSE,
  'Integrates Vault: Spring Cloud Vault, dynamic database credentials, secret rotation.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Java/Kotlin)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 5, FALSE,
  'Integrates Vault: dynamic database credentials, token renewal, secret rotation. Implements Vault client with caching and fallback.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Node.js)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 6, FALSE,
  'Integrates Vault: dynamic secrets, token renewal, rotation. Implements vault-aware Python services.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Python)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 7, FALSE,
  'Integrates Vault into Rust services: dynamic secrets, token renewal, secret rotation. Implements Vault client with retry and caching.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Rust)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 8, FALSE,
  'Integrates HashiCorp Vault with cloud infrastructure: dynamic secrets for AWS/GCP, PKI engine for TLS certificates, transit engine for encryption. Configures auth methods (AWS IAM, Kubernetes) and policies for secure service access to secrets.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Cloud Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 9, FALSE,
  'Configures Vault database secrets engine: dynamic credentials for MySQL/PostgreSQL, automatic rotation, TTL policies. Manages database-specific roles and policies. Integrates Vault with connection poolers.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Database Engineer / DBA' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 10, FALSE,
  'Configures and administers HashiCorp Vault: KV and PKI secret engines, access policies, authentication through Kubernetes and AppRole. Integrates Vault into CI/CD pipelines for automatic secret injection, configures rotation.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevOps Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 11, TRUE,
  'Deploys Vault in production with auto-unseal through AWS KMS. Configures AppRole and Kubernetes auth methods for applications. Implements dynamic secrets for PostgreSQL and AWS IAM. Manages Vault policies with least privilege principle. Integrates Vault with Terraform through provider.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevSecOps Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 12, FALSE,
  'Ensures team follows secrets management practices: no secrets in code repositories, proper Vault integration in services, and documented secret rotation schedules. Reviews secret access patterns during architecture discussions. Uses scanning tools to verify compliance across team projects.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Engineering Manager' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 13, FALSE,
  'Administers Vault for infrastructure secrets management: configuring auth methods (Kubernetes, AWS IAM, LDAP), PKI secret engine configuration for TLS certificates. Automates database credential rotation, configures access policies and integrates Vault with Terraform through provider.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Infrastructure Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 14, FALSE,
  'Administers Vault for the platform: configures secret engines (KV, PKI, database), auth methods (Kubernetes, OIDC). Creates policy hierarchy for multi-tenant access. Configures dynamic secrets for databases with automatic rotation. Integrates External Secrets Operator with Kubernetes.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Platform Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 15, FALSE,
  'Confidently applies secrets management for release engineering in non-standard tasks. Independently selects the optimal approach and tools. Analyzes trade-offs and proposes improvements to existing solutions.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Release Engineer' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 16, TRUE,
  'Monitors secrets usage patterns for security anomalies: analyzes Vault audit logs, detects unauthorized access attempts, and tracks secret lifecycle compliance. Conducts periodic access reviews for secret-consuming services. Uses SIEM integration for secrets-related incident detection.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Security Analyst' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 17, FALSE,
  'Manages Vault: configures secret engines (KV, database, PKI), auth methods (K8s, OIDC). Rotates secrets. Integrates Vault with CI/CD and Kubernetes (CSI driver, injector).'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Site Reliability Engineer (SRE)' AND l.slug = 'middle';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 18, FALSE,
  'Implements secrets management patterns in team services: environment-specific Vault paths, dynamic database credentials, and application-level secret caching with TTL. Reviews PRs for proper credential handling and ensures no secret leakage in logs or error messages. Integrates secret scanning into CI/CD pipeline.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Technical Lead' AND l.slug = 'middle';

-- senior
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 1, TRUE,
  'Designs application security architecture for secrets management: secure secret injection patterns, runtime credential protection, and secret-aware CI/CD pipelines. Implements secret detection in SAST/DAST tooling. Conducts threat modeling for secret exposure vectors across application stack. Mentors team on secure credential handling patterns and vault integration best practices.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Application Security Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 2, FALSE,
  'Designs secrets architecture: centralized management, PKI integration, encryption key management.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (C#/.NET)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 3, FALSE,
  'Designs secrets management for Go services: Vault agent integration with Go clients, transit encryption for sensitive data in transit, and PKI-based mTLS for service mesh. Implements HashiCorp Vault Go SDK for dynamic credential retrieval. Configures secret rotation with graceful connection pool refresh. Creates reusable Go libraries for team''s secrets management patterns.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Go)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 4, FALSE,
  'Designs secrets management: Vault agent injection, transit encryption, PKI for mTLS.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Java/Kotlin)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 5, FALSE,
  'Designs secrets management: Vault agent sidecar, transit encryption, PKI for mTLS. Defines secrets lifecycle.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Node.js)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 6, FALSE,
  'Designs secrets management for Python services: Vault integration via hvac client library, transit encryption for PII data, and PKI certificate management for service authentication. Implements dynamic database credential rotation with SQLAlchemy connection pool refresh. Creates Python utilities for team''s secrets management patterns and Vault policy templates.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Python)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 7, FALSE,
  'Designs secrets management for Rust platform: Vault agent injection, transit encryption, PKI integration. Defines secrets lifecycle.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Rust)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 8, TRUE,
  'Designs secrets management architecture: Vault cluster in HA configuration, auto-unseal through KMS, audit logging. Introduces secret rotation for database credentials and API keys. Integrates with Terraform through Vault provider and External Secrets Operator in Kubernetes.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Cloud Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 9, TRUE,
  'Designs secrets management for the database tier: Vault database engine for all DBMSes, automated credential rotation, emergency revocation procedures. Configures audit logging for database access via Vault.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Database Engineer / DBA' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 10, TRUE,
  'Designs secrets management architecture: Vault cluster in HA mode, automated certificate and password rotation, dynamic secrets for databases and clouds. Implements Vault Agent Injector in Kubernetes, configures audit logging.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevOps Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 11, TRUE,
  'Designs secrets management architecture for multi-cluster environment. Configures Vault Enterprise with namespaces, performance replication and disaster recovery. Introduces PKI secrets engine for automated TLS certificate issuance. Develops legacy system secret migration strategy.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevSecOps Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 12, TRUE,
  'Designs secrets management architecture for multiple team services: centralized Vault cluster configuration, policy hierarchy for service-to-service authentication, and automated rotation for database/API credentials. Conducts threat modeling for credential flows. Implements monitoring for secret sprawl and expiration compliance. Mentors team on zero-trust credential patterns.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Engineering Manager' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 13, TRUE,
  'Designs production-grade Vault infrastructure: HA cluster with Raft storage, auto-unseal through AWS KMS, disaster recovery through replication. Configures dynamic secrets for all databases and cloud providers, implements Vault Agent for transparent secret injection into Kubernetes pods.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Infrastructure Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 14, TRUE,
  'Designs secrets management architecture for IDP: Vault HA cluster, disaster recovery, performance replication. Implements PKI infrastructure through Vault CA for mTLS between services. Creates self-service secrets management for teams through Backstage + Vault API integration.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Platform Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 15, FALSE,
  'Expertly applies secrets management for release engineering to design complex systems. Optimizes existing solutions and prevents architectural mistakes. Conducts code reviews and trains colleagues on best practices.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Release Engineer' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 16, TRUE,
  'Designs security monitoring for secrets infrastructure: Vault audit log analysis pipelines, anomaly detection for credential usage, and incident response playbooks for secret compromise. Implements compliance reporting for regulatory requirements (SOC2, PCI-DSS credential handling). Conducts penetration testing focused on secrets extraction vectors. Mentors team on threat modeling for credential flows.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Security Analyst' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 17, TRUE,
  'Designs secrets management: Vault HA cluster (Raft), dynamic secrets for databases, PKI infrastructure. Automates certificate rotation. Implements audit logging and compliance monitoring.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Site Reliability Engineer (SRE)' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 18, TRUE,
  'Designs enterprise secrets management architecture: multi-cluster Vault deployment, cross-region secret replication, and integration with cloud-native secret services (AWS Secrets Manager, Azure Key Vault). Implements Vault transit encryption for application-level data protection. Creates reference architectures for client secrets management implementations.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Solutions Architect' AND l.slug = 'senior';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 19, TRUE,
  'Designs secrets management strategy for the product: Vault agent sidecar patterns for Kubernetes, transit encryption for sensitive data, and PKI integration for service-to-service mTLS. Implements automated secret rotation with zero-downtime application reloading. Creates monitoring for secret access patterns and policy violations. Mentors team on production-grade secrets architecture.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Technical Lead' AND l.slug = 'senior';

-- lead
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 1, TRUE,
  'Defines application security standards for secrets management across the organization. Establishes secret scanning policies, credential handling guidelines, and incident response procedures for secret compromise. Drives adoption of centralized secrets management and zero-trust credential patterns. Trains security champions on secrets-related threat modeling.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Application Security Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 2, FALSE,
  'Defines secrets management standards for .NET services: Azure Key Vault integration patterns, certificate-based authentication policies, and secret rotation automation. Establishes C# coding guidelines for secure credential handling. Creates reusable libraries and middleware for team-wide secrets management.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (C#/.NET)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 3, FALSE,
  'Defines secrets management standards for Go services: Vault integration patterns, dynamic credential policies, and Go client library standards. Establishes coding guidelines for secure credential handling in Go. Creates organization-wide Go modules for secrets management with consistent error handling and monitoring.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Go)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 4, FALSE,
  'Defines secrets standards: rotation policies, audit logging, Spring Vault guidelines.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Java/Kotlin)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 5, FALSE,
  'Defines secrets standards: Vault policies, rotation schedules, audit logging. Implements zero-trust secrets management.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Node.js)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 6, FALSE,
  'Defines secrets standards: rotation policies, audit, access control.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Python)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 7, FALSE,
  'Defines secrets management standards: Vault policies, rotation schedules, audit logging. Implements zero-trust secrets management.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Rust)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 8, TRUE,
  'Defines secrets management strategy for the organization: Vault vs AWS Secrets Manager vs GCP Secret Manager, namespace hierarchy for multi-tenancy, emergency break-glass procedures. Introduces compliance controls and automated audit of secrets access.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Cloud Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 9, TRUE,
  'Defines secrets management standards for the data platform: Vault policies for different database environments, rotation schedules, access review processes. Coordinates Vault integration with the database provisioning pipeline.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Database Engineer / DBA' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 10, TRUE,
  'Defines organizational secrets management strategy: Vault integration standards with all systems, rotation and access policies, automated new service onboarding. Designs multi-cluster Vault architecture with DR.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevOps Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 11, TRUE,
  'Defines corporate secrets management strategy with Vault as central component. Manages Vault platform team. Builds team onboarding processes for Vault with self-service portal. Integrates Vault audit logs with SIEM for monitoring secret access and anomaly detection.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevSecOps Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 12, TRUE,
  'Defines secrets management standards for engineering teams. Establishes policies for credential lifecycle management, rotation schedules, and access review cadences. Drives adoption of centralized Vault infrastructure across services. Coordinates incident response for credential compromise scenarios. Creates training programs on secure secrets handling.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Engineering Manager' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 13, TRUE,
  'Defines secrets management standards for the organization: Vault namespace architecture for multi-tenant, secret rotation and TTL policies, team onboarding process. Reviews Vault policies and auth configurations, designs self-service portal for managing secrets and certificates.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Infrastructure Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 14, TRUE,
  'Defines organizational secrets management strategy: Vault Enterprise features, namespaces for BU isolation, audit compliance. Leads zero-trust secrets adoption: transit encryption, tokenization. Designs DR strategy for Vault and key management governance process.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Platform Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 15, FALSE,
  'Establishes secrets management standards for the release engineering team and makes architectural decisions. Defines the technical roadmap considering this skill. Mentors senior engineers and influences practices of adjacent teams.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Release Engineer' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 16, TRUE,
  'Defines security monitoring strategy for secrets infrastructure. Establishes audit policies for Vault operations, compliance reporting requirements, and secret lifecycle governance. Coordinates incident response for organization-wide credential compromise. Creates threat intelligence integration for credential-based attacks.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Security Analyst' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 17, TRUE,
  'Defines secrets management standards: Vault architecture, access policies, rotation schedule. Implements secret scanning in CI. Coordinates secrets infrastructure between teams.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Site Reliability Engineer (SRE)' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 18, TRUE,
  'Defines enterprise secrets management architecture strategy. Evaluates Vault vs cloud-native solutions (AWS Secrets Manager, Azure Key Vault, GCP Secret Manager) for different use cases. Designs multi-tenant secrets infrastructure with isolation guarantees. Establishes standards for secrets management in client-facing architectures.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Solutions Architect' AND l.slug = 'lead';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 19, TRUE,
  'Defines secrets management strategy at the product/department level. Establishes standards for secret rotation policies, audit logging requirements, and access control patterns. Evaluates Vault Enterprise features vs open-source for team needs. Drives adoption of automated secret management across all services.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Technical Lead' AND l.slug = 'lead';

-- principal
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 1, TRUE,
  'Defines enterprise application security strategy for secrets and credential management. Shapes organizational zero-trust architecture incorporating secrets management as a core pillar. Drives industry compliance frameworks integration (SOC2, PCI-DSS, HIPAA) for credential handling. Represents the organization in security community on secrets management practices.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Application Security Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 2, FALSE,
  'Shapes secrets strategy: platform-wide secrets management, compliance, governance.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (C#/.NET)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 3, FALSE,
  'Shapes secrets strategy: platform-wide Vault, automated rotation, governance.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Go)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 4, FALSE,
  'Shapes enterprise secrets management strategy for Java platform: Vault architecture decisions, cloud-native secrets integration (AWS Secrets Manager, Azure Key Vault), and compliance governance. Drives adoption of automated secret lifecycle management across Java services. Establishes security architecture standards for credential handling in enterprise Java applications.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Java/Kotlin)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 5, FALSE,
  'Shapes secrets strategy: platform-wide Vault architecture, automated rotation, compliance. Defines secrets governance.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Node.js)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 6, FALSE,
  'Shapes enterprise secrets management strategy for Python platform: Vault architecture, cloud-native secrets integration, and compliance governance for credential handling. Drives adoption of automated secret lifecycle management across Python services. Establishes security coding standards and reusable libraries for organization-wide secrets management patterns.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Python)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 7, FALSE,
  'Shapes secrets strategy: platform-wide Vault architecture, automated rotation, compliance requirements. Defines secrets governance.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Backend Developer (Rust)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 8, TRUE,
  'Shapes enterprise-level secrets management platform: multi-region Vault with disaster recovery, cross-cloud secrets synchronization, zero-trust secret distribution. Defines cryptographic standards, key management strategy and HSM integration for critical workloads.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Cloud Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 9, TRUE,
  'Shapes database security strategy via secrets management: zero-trust database access, dynamic credentials for all tiers, encryption key management. Defines compliance requirements and audit standards for database credentials.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Database Engineer / DBA' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 10, TRUE,
  'Develops corporate secrets and certificate management platform: multi-regional Vault with automated failover, PKI infrastructure, HSM integration. Defines data encryption policies and compliance requirements for all infrastructure.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevOps Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 11, TRUE,
  'Architecturally designs Zero Trust secrets management for the entire organization. Defines encryption, rotation and secret audit standards. Develops secrets management maturity assessment framework. Influences industry practices through publications and conference presentations.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'DevSecOps Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 12, TRUE,
  'Defines enterprise security strategy encompassing secrets management as a core capability. Shapes organizational security architecture and compliance posture. Coordinates cross-team security initiatives and incident response capabilities. Drives adoption of zero-trust security models across the engineering organization.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Engineering Manager' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 13, TRUE,
  'Shapes secrets management strategy at company level: Vault Enterprise architecture with namespace isolation, cross-region replication, SOC2/PCI compliance. Defines zero-trust secrets roadmap (SPIFFE/SPIRE), ephemeral credential standards and makes decisions on Vault vs cloud-native secret managers.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Infrastructure Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 14, TRUE,
  'Shapes vision for identity-based security on the platform: Vault + SPIFFE/SPIRE + service mesh for unified identity. Defines encryption-as-a-service and key management strategy at organizational level. Evaluates confidential computing and HSM integration for next-gen secrets platform.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Platform Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 15, FALSE,
  'Shapes secrets management strategy for release engineering at the organizational level. Defines best practices and influences technology choices beyond their own team. Is a recognized expert in this area.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Release Engineer' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 16, TRUE,
  'Defines enterprise security monitoring strategy with secrets management as a critical component. Shapes organizational security operations center (SOC) capabilities for credential-based threat detection. Drives adoption of advanced security analytics and threat intelligence for secrets protection. Represents the organization in security industry forums and standards bodies.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Security Analyst' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 17, TRUE,
  'Designs secrets management strategy: multi-cluster Vault, cross-cloud secrets, zero-trust credential issuance. Defines organizational secrets governance and compliance framework.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Site Reliability Engineer (SRE)' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 18, TRUE,
  'Defines enterprise security architecture strategy with centralized secrets management. Evaluates build-vs-buy decisions for secrets infrastructure across multi-cloud environments. Shapes organizational compliance posture for credential management. Drives industry influence through security architecture publications and community engagement.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Solutions Architect' AND l.slug = 'principal';
INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)
SELECT s.id, r.id, l.id, 19, TRUE,
  'Defines enterprise security strategy with secrets management as foundational infrastructure. Shapes security architecture across all products and platforms. Coordinates compliance requirements (SOC2, ISO27001) for credential handling. Drives adoption of zero-trust credential patterns and automated secrets lifecycle management across the organization.'
FROM skills s, roles r, levels l WHERE s.slug = 'vault-secrets' AND r.name = 'Technical Lead' AND l.slug = 'principal';
