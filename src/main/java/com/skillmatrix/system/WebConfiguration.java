package com.skillmatrix.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final DataVersion version;

	WebConfiguration(DataVersion version) {
		this.version = version;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageCache(this.version)).excludePathPatterns("/css/**", "/js/**", "/actuator/**",
				"/error");
	}

}
