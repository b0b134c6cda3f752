package com.skillmatrix;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(proxyBeanMethods = false)
public class SkillMatrixApplication {

	public static void main(String[] args) {
		SpringApplication.run(SkillMatrixApplication.class, args);
	}

}
