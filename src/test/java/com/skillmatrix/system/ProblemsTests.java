package com.skillmatrix.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors under /api/ are problems in JSON, and a fault of the server's says nothing of itself. */
class ProblemsTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final ExceptionAdvice errors;

	ProblemsTests() {
		this.messages.setBasename("messages/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.errors = new ExceptionAdvice(this.messages, new Problems(this.messages));
	}

	@Test
	void aServerFaultUnderTheApiIsAProblemWithoutItsDetails() {
		Object answer = this.errors.request(new IllegalStateException("password=secret in table cells"),
				new MockHttpServletRequest("GET", "/api/v1/levels"), new MockHttpServletResponse(), Locale.ENGLISH);
		assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, (entity) -> {
			assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(entity.getHeaders().getContentType()).hasToString("application/problem+json");
			ProblemDetail problem = (ProblemDetail) entity.getBody();
			assertThat(problem.getTitle()).isEqualTo("Internal Server Error");
			assertThat(problem.getDetail()).isEqualTo("The request could not be answered. Try again later.");
			assertThat(problem.getInstance()).hasToString("/api/v1/levels");
		});
	}

	@Test
	void aPageErrorUnderTheApiIsAProblemInTheRequestsLanguageQuotingTheAddress() {
		Object answer = this.errors.page(PageException.notFound("notFound.skill", "x\u0000y"),
				new MockHttpServletRequest("GET", "/api/v1/skills/x"), new MockHttpServletResponse(), Locale.GERMAN);
		assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, (entity) -> {
			assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			ProblemDetail problem = (ProblemDetail) entity.getBody();
			assertThat(problem.getTitle()).isEqualTo(this.messages.getMessage("problem.title.404", null, Locale.GERMAN))
				.isNotEqualTo("Not Found");
			assertThat(problem.getDetail())
				.isEqualTo(this.messages.getMessage("notFound.skill", new Object[] { "x\uFFFDy" }, Locale.GERMAN));
		});
	}

	@Test
	void theSameFaultOnAPageIsTheErrorPage() {
		Object answer = this.errors.request(new IllegalStateException("boom"), new MockHttpServletRequest("GET", "/"),
				new MockHttpServletResponse(), Locale.ENGLISH);
		assertThat(answer).isInstanceOfSatisfying(ModelAndView.class,
				(page) -> assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR));
	}

	@Test
	void aProblemForTheServersOwnReportIsJsonToo() {
		String json = new Problems(this.messages).json(400, "/api/v1/skills/%zz", Locale.ENGLISH);
		assertThat(json).isEqualTo("{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The request cannot be "
				+ "answered as it stands. Check the address and its parameters.\"}");
	}

}
