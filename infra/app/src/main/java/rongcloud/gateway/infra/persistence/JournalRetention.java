package rongcloud.gateway.infra.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;
import rongcloud.gateway.application.port.out.persistence.OperationJournal;

/** Deletes journal entries older than {@code gateway.journal.retention}, hourly (every instance; idempotent). */
@ApplicationScoped
public class JournalRetention {
    private static final Logger LOG = Logger.getLogger(JournalRetention.class);

    @Inject
    OperationJournal journal;
    @Inject
    PersistenceConfig.Journal config;

    @Scheduled(every = "${gateway.journal.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            long n = journal.purgeBefore(Instant.now().minus(config.retention()));
            if (n > 0) {
                LOG.infof("journal: %d entries older than %s purged", n, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("journal purge failed: %s", e.getMessage());
        }
    }
}
