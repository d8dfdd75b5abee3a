package rongcloud.gateway.infra.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Parameters;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import rongcloud.gateway.application.port.out.persistence.OperationJournal;
import rongcloud.gateway.domain.journal.JournalEntry;
import rongcloud.gateway.domain.journal.JournalQuery;
import rongcloud.gateway.domain.paging.Page;

/**
 * {@link OperationJournal} on PostgreSQL. {@link #record} only queues the entry (bounded): one writer thread
 * stores queued entries in batches, so a call never waits for the database and a database outage never fails
 * or slows a call. What cannot be stored is not silent: WARN logs (at most one per 10 s) and the counters
 * {@code gateway_journal_dropped_total{reason=queue_full|store_unavailable}}; stored entries count in
 * {@code gateway_journal_written_total}. Entries still queued when an instance is killed are lost (at most one
 * flush interval's worth); a normal shutdown flushes them.
 */
@ApplicationScoped
public class PanacheOperationJournal implements OperationJournal {
    private static final Logger LOG = Logger.getLogger(PanacheOperationJournal.class);
    private static final int BATCH = 500;

    private final BlockingQueue<JournalEntry> queue;
    private final Duration flushInterval;
    private final Counter written;
    private final Counter droppedFull;
    private final Counter droppedStore;
    private final AtomicLong lastWarn = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private volatile Thread writer;
    private volatile boolean running;

    @Inject
    public PanacheOperationJournal(MeterRegistry registry, PersistenceConfig.Journal config) {
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.flushInterval = config.flushInterval();
        this.written = Counter.builder("gateway.journal.written").description("Journal entries stored")
                .register(registry);
        this.droppedFull = Counter.builder("gateway.journal.dropped").tag("reason", "queue_full")
                .description("Journal entries that could not be stored").register(registry);
        this.droppedStore = Counter.builder("gateway.journal.dropped").tag("reason", "store_unavailable")
                .description("Journal entries that could not be stored").register(registry);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::run, "journal-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = writer;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushBatch(); // what the writer left
    }

    @Override
    public void record(JournalEntry entry) {
        pending.incrementAndGet();
        if (!queue.offer(entry)) {
            pending.decrementAndGet();
            droppedFull.increment();
            warn("journal queue full (" + queue.size() + " entries waiting): entry of " + entry.operation()
                    + " requestId=" + entry.requestId() + " dropped");
        }
    }

    /** Waits until every entry queued so far was stored or dropped (tests, benchmarks). */
    public boolean awaitFlushed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return pending.get() == 0;
    }

    private void run() {
        while (running) {
            try {
                JournalEntry first = queue.poll(flushInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<JournalEntry> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("journal writer failed", e);
            }
        }
    }

    private void flushBatch() {
        List<JournalEntry> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            store(batch);
        }
    }

    private void store(List<JournalEntry> batch) {
        try {
            Store.tx("journal write", () -> {
                for (JournalEntry e : batch) {
                    JournalEntryEntity row = new JournalEntryEntity();
                    row.recordedAt = e.at();
                    row.callerId = e.callerId();
                    row.operation = e.operation();
                    row.targetIds = "|" + String.join("|", e.targetIds()) + "|";
                    row.requestId = e.requestId();
                    row.succeeded = e.succeeded();
                    row.rongCloudCode = e.rongCloudCode().orElse(null);
                    row.errorReason = e.errorReason().orElse(null);
                    row.latencyMicros = e.latencyMicros();
                    row.persist();
                }
                return null;
            });
            written.increment(batch.size());
        } catch (RuntimeException e) {
            droppedStore.increment(batch.size());
            warn("journal write failed, " + batch.size() + " entries dropped (first requestId="
                    + batch.get(0).requestId() + "): " + Store.rootMessage(e));
        } finally {
            pending.addAndGet(-batch.size());
        }
    }

    private void warn(String message) {
        long now = System.currentTimeMillis();
        long last = lastWarn.get();
        if (now - last >= 10_000 && lastWarn.compareAndSet(last, now)) {
            LOG.warn(message + " (see gateway_journal_dropped_total; further warnings within 10 s suppressed)");
        }
    }

    @Override
    public Page<JournalEntry> list(JournalQuery q) {
        return Store.tx("journal read", () -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters p = new Parameters();
            q.callerId().ifPresent(v -> { where.append(" and callerId = :caller"); p.and("caller", v); });
            q.operation().ifPresent(v -> { where.append(" and operation = :operation"); p.and("operation", v); });
            q.targetId().ifPresent(v -> { where.append(" and targetIds like :target escape '!'");
                p.and("target", "%|" + v.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "|%"); });
            q.from().ifPresent(v -> { where.append(" and recordedAt >= :from"); p.and("from", v); });
            q.to().ifPresent(v -> { where.append(" and recordedAt < :to"); p.and("to", v); });
            q.succeeded().ifPresent(v -> { where.append(" and succeeded = :ok"); p.and("ok", v); });
            q.beforeId().ifPresent(v -> { where.append(" and id < :before"); p.and("before", v); });
            List<JournalEntryEntity> rows = JournalEntryEntity.<JournalEntryEntity>find(
                    where + " order by id desc", p).range(0, q.pageSize() - 1).list();
            List<JournalEntry> items = rows.stream().map(PanacheOperationJournal::toEntry).toList();
            Optional<String> next = rows.size() < q.pageSize() ? Optional.empty()
                    : Optional.of(JournalQuery.tokenAfter(rows.get(rows.size() - 1).id));
            return new Page<>(items, next);
        });
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return Store.tx("journal purge", () -> JournalEntryEntity.delete("recordedAt < ?1", cutoff));
    }

    private static JournalEntry toEntry(JournalEntryEntity e) {
        String t = e.targetIds == null ? "" : e.targetIds;
        List<String> targets = t.length() <= 2 ? List.of()
                : List.of(t.substring(1, t.length() - 1).split("\\|"));
        return new JournalEntry(e.id, e.recordedAt, e.callerId, e.operation, targets, e.requestId, e.succeeded,
                Optional.ofNullable(e.rongCloudCode), Optional.ofNullable(e.errorReason), e.latencyMicros);
    }
}
