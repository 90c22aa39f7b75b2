package org.unionstats.support;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction of its own that commits at once, whatever transaction the
 * caller is in: claims and recoveries must be seen by other processes straight away, and
 * must never wait on the step's own transaction; a report reads one snapshot apart from
 * the step's transaction, which writes job metadata.
 */
@Component
public class IndependentTransactions {

	private final TransactionTemplate template;

	private final TransactionTemplate snapshot;

	IndependentTransactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot = new TransactionTemplate(transactionManager, this.template);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	public <T> T execute(Supplier<T> work) {
		return this.template.execute((status) -> work.get());
	}

	public void run(Runnable work) {
		this.template.executeWithoutResult((status) -> work.run());
	}

	/**
	 * Runs reads in a read-only REPEATABLE READ transaction of their own, so that every
	 * query sees the same committed data, even while other passes write.
	 */
	public <T> T readOneSnapshot(Supplier<T> work) {
		return this.snapshot.execute((status) -> work.get());
	}

}
