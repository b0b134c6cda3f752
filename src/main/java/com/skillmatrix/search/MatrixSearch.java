package com.skillmatrix.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This instance's search index, built from the shared database. The matrix only changes through migrations, which run
 * before the server starts, so the index is built once and stays right for the life of the process; every instance
 * builds its own, and none keeps state that another would need.
 */
@Component
class MatrixSearch {

	private static final Log logger = LogFactory.getLog(MatrixSearch.class);

	private final SearchRepository repository;

	private volatile SearchIndex index;

	MatrixSearch(SearchRepository repository) {
		this.repository = repository;
	}

	/** Builds the index once the application is ready, in the background, so that neither start nor pages wait. */
	@EventListener(ApplicationReadyEvent.class)
	void buildInBackground() {
		Thread builder = new Thread(() -> {
			try {
				index();
			}
			catch (RuntimeException ex) {
				logger.warn("The search index could not be built yet; the first search will try again: " + ex);
			}
		}, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	/** The index; a search that comes before it is ready builds it, or waits for the build under way. */
	SearchIndex index() {
		SearchIndex built = this.index;
		if (built != null) {
			return built;
		}
		synchronized (this) {
			if (this.index == null) {
				long start = System.nanoTime();
				this.index = this.repository.index();
				logger.info(String.format("Built the search index in %d ms", (System.nanoTime() - start) / 1_000_000));
			}
			return this.index;
		}
	}

}
