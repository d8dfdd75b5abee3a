package rongcloud.gateway.infra.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import rongcloud.gateway.application.port.out.persistence.OutboxDelivery;
import rongcloud.gateway.application.port.out.persistence.OutboxStore;
import rongcloud.gateway.application.service.outbox.OutboxDrainer;

/**
 * Drains the outbox from this instance: every poll interval, {@code gateway.outbox.concurrency} drainers claim
 * and deliver due submissions until none is due. Any number of instances may run workers on one database (the
 * claims skip each other's rows). A database outage only pauses draining (logged, counted).
 */
@ApplicationScoped
public class OutboxWorker {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final PersistenceConfig.Outbox config;
    private final OutboxStore store;
    private final OutboxDelivery delivery;
    private final List<OutboxDrainer> drainers = new ArrayList<>();
    private final ExecutorService pool;
    private final AtomicLong delivered = new AtomicLong();
    private volatile long lastWarn;

    @Inject
    public OutboxWorker(PersistenceConfig.Outbox config, OutboxStore store, OutboxDelivery delivery, MeterRegistry registry) {
        this.config = config;
        this.store = store;
        this.delivery = delivery;
        String instance = ManagementFactory.getRuntimeMXBean().getName();
        int n = Math.max(1, config.concurrency());
        for (int i = 0; i < n; i++) {
            drainers.add(newDrainer(instance + "#" + i));
        }
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "outbox-drainer");
            t.setDaemon(true);
            return t;
        });
        registry.gauge("gateway.outbox.handled", delivered);
    }

    /** A drainer over the same outbox with this instance's settings (tests start extra competing ones). */
    public OutboxDrainer newDrainer(String workerId) {
        PersistenceConfig.Outbox o = config;
        return new OutboxDrainer(workerId, store, delivery, Clock.systemUTC(), new OutboxDrainer.Settings(
                o.batchSize(), o.lease(), o.baseBackoff(), o.maxBackoff(), o.maxAttempts()));
    }

    @Scheduled(every = "${gateway.outbox.poll-interval:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.workerEnabled()) {
            return;
        }
        List<Future<Integer>> runs = new ArrayList<>();
        for (OutboxDrainer d : drainers) {
            runs.add(pool.submit(d::drainAll));
        }
        for (Future<Integer> run : runs) {
            try {
                delivered.addAndGet(run.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                long now = System.currentTimeMillis();
                if (now - lastWarn > 10_000) {
                    lastWarn = now;
                    LOG.warnf("outbox draining paused: %s", e.getCause() == null ? e : e.getCause().getMessage());
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
