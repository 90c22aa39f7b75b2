package org.unionstats.ingest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one file's work behind a savepoint of the chunk's transaction: when it fails, its
 * work alone is rolled back (PostgreSQL refuses every further statement of a transaction
 * that met an error, until it is rolled back to a savepoint), and the chunk's transaction
 * can still record the failure and commit.
 */
@Component
class FileSavepoint {

	private final TransactionTemplate nested;

	FileSavepoint(PlatformTransactionManager transactionManager) {
		this.nested = new TransactionTemplate(transactionManager);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	<T> T run(java.util.function.Supplier<T> work) {
		return this.nested.execute((status) -> work.get());
	}

}
