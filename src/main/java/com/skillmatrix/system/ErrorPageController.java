package com.skillmatrix.system;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page, in place of Boot's: always the site's HTML page, whatever the client accepts, so
 * that a crawler's {@code Accept: *}{@code /*} gets the same plain page as a browser rather than a JSON report.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly, /error is just a page that does not exist.
			return ErrorPages.view(HttpStatus.NOT_FOUND, null, List.of());
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return ErrorPages.view((status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR, null,
				List.of());
	}

}
