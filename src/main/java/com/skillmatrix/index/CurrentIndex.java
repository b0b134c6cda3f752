package com.skillmatrix.index;

import com.skillmatrix.matrix.Levels;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleEntries;
import com.skillmatrix.matrix.SkillProfiles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's search index, built from the shared database. The matrix only changes through migrations, which run
 * before the server starts, so the index is built once and stays right for the life of the process; every instance
 * builds its own, and none keeps state that another would need.
 */
@Component
public class CurrentIndex {

	private static final Log logger = LogFactory.getLog(CurrentIndex.class);

	private final SkillProfiles skills;

	private final RoleEntries roles;

	private final Levels levels;

	private final IndexCells cells;

	/** The whole matrix is read in one transaction, so that the index sees one version of it. */
	private final TransactionTemplate transaction;

	private volatile SearchIndex index;

	CurrentIndex(SkillProfiles skills, RoleEntries roles, Levels levels, IndexCells cells,
			PlatformTransactionManager transactions) {
		this.skills = skills;
		this.roles = roles;
		this.levels = levels;
		this.cells = cells;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
	}

	/** Builds the index once the application is ready, in the background, so that neither start nor pages wait. */
	@EventListener(ApplicationReadyEvent.class)
	void buildInBackground() {
		Thread builder = new Thread(() -> {
			try {
				get();
			}
			catch (RuntimeException ex) {
				logger.warn("The search index could not be built yet; the first search will try again: " + ex);
			}
		}, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	/** The index; a search that comes before it is ready builds it, or waits for the build under way. */
	public SearchIndex get() {
		SearchIndex built = this.index;
		if (built != null) {
			return built;
		}
		synchronized (this) {
			if (this.index == null) {
				long start = System.nanoTime();
				this.index = this.transaction.execute((status) -> SearchIndex.of(this.skills.findAllInfo(),
						// Every role a cell names: a role that none names is not kept.
						this.roles.findAll().stream().map((role) -> new Role(role.name(), role.slug())).toList(),
						this.levels.findAll(), this.cells.findAll()));
				logger.info(String.format("Built the search index in %d ms", (System.nanoTime() - start) / 1_000_000));
			}
			return this.index;
		}
	}

}
