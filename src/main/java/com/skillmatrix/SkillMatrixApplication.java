package com.skillmatrix;

import com.skillmatrix.loading.CheckCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(proxyBeanMethods = false)
public class SkillMatrixApplication {

	/** Serves the matrix; {@code check <folder>} checks a data folder instead, without starting anything. */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(CheckCommand.NAME)) {
			System.exit(CheckCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(SkillMatrixApplication.class, args);
	}

}
