package com.skillmatrix.matrix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			Application Security Engineer; application-security-engineer
			Backend Developer (C#/.NET); backend-developer-csharp-dotnet
			Backend Developer (Go); backend-developer-go
			Backend Developer (Java/Kotlin); backend-developer-java-kotlin
			Backend Developer (Node.js); backend-developer-nodejs
			Backend Developer (Python); backend-developer-python
			Backend Developer (Rust); backend-developer-rust
			Cloud Engineer; cloud-engineer
			Database Engineer / DBA; database-engineer-dba
			DevOps Engineer; devops-engineer
			DevSecOps Engineer; devsecops-engineer
			Engineering Manager; engineering-manager
			Infrastructure Engineer; infrastructure-engineer
			Platform Engineer; platform-engineer
			Release Engineer; release-engineer
			Security Analyst; security-analyst
			Site Reliability Engineer (SRE); site-reliability-engineer
			Solutions Architect; solutions-architect
			Technical Lead; technical-lead
			""")
	void specRolesGetTheirPublishedSlugs(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			Infrastructure Security; infrastructure-security
			Développeur Full-Stack; developpeur-full-stack
			  Data   Engineer  ; data-engineer
			Frontend Developer (React/Vue.js); frontend-developer-react-vuejs
			QA Engineer (Manual & Automation); qa-engineer-manual-automation
			ML Engineer (MLOps); ml-engineer-mlops
			Backend Developer (F#); backend-developer-fsharp
			""")
	void otherNamesFollowTheSameRule(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug).matches(Slugs.VALID);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			C++ Developer; cplusplus-developer
			C Developer; c-developer
			Backend Developer (C++); backend-developer-cplusplus
			Game Developer (C/C++); game-developer-c-cplusplus
			Notepad++; notepadplusplus
			""")
	void plusReadsPlus(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug).matches(Slugs.VALID);
	}

	@Test
	void cPlusPlusAndCStayApart() {
		assertThat(Slugs.of("C++ Developer")).isNotEqualTo(Slugs.of("C Developer"));
	}

}
