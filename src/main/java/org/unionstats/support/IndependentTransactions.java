package org.unionstats.support;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction of its own that commits at once, whatever transaction the
 * caller is in: claims and recoveries must be seen by other processes straight away, and
 * must never wait on the step's own transaction.
 */
@Component
public class IndependentTransactions {

	private final TransactionTemplate template;

	IndependentTransactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public <T> T execute(Supplier<T> work) {
		return this.template.execute((status) -> work.get());
	}

	public void run(Runnable work) {
		this.template.executeWithoutResult((status) -> work.run());
	}

}
