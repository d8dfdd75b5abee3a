package rongcloud.gateway.application.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import rongcloud.gateway.application.port.out.quota.CallerWeights;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.port.out.quota.QuotaStore.Versioned;
import rongcloud.gateway.application.port.out.quota.QuotaStoreUnavailableException;
import rongcloud.gateway.application.quota.QuotaStatus.Mode;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.error.QuotaExhaustedException;
import rongcloud.gateway.domain.quota.CostUnit;
import rongcloud.gateway.domain.quota.EndpointQuota;
import rongcloud.gateway.domain.quota.QuotaPlan;
import rongcloud.gateway.domain.quota.QuotaRule;

/**
 * The quota gate: a {@link SlidingLog sliding log} per quota key, kept in a {@link QuotaStore} and changed only
 * by compare-and-set, so that any number of instances sharing the store never let more than a limit through in
 * any interval of the window's length (plus the safety margin), and a unit is reusable as soon as it leaves the
 * window (nothing wasted). See {@link SlidingLog} for the algorithm and why it meets the bar.
 *
 * <p><b>Waiting.</b> Callers of one quota key queue within the instance in weighted fair order (below); the head
 * computes from the log the exact instant its cost fits and sleeps until then, or fails at once with
 * {@link QuotaExhaustedException} (and the instant as retry hint) if that is after its deadline (less
 * {@code deadlineReserve}) or {@code maxWait}. A caller whose deadline comes before the head's wake-up fails
 * at once too. A cost above a limit is {@link InvalidArgumentException}: it could never pass.
 *
 * <p><b>Fair shares</b> (weighted fair queuing, self-clocked). Each waiter gets a virtual finish tag
 * {@code max(virtualNow, lastFinish[caller]) + cost / weight}, where {@code cost} is the share of the budget the
 * call spends (its largest {@code count / limit}), {@code weight} comes from {@link CallerWeights} and
 * {@code virtualNow} is the tag of the waiter last made head. The head is the waiter with the smallest tag (arrival
 * order among equal tags; with a single caller this is arrival order). Service is not
 * preempted: a waiter made head keeps its turn until granted or refused. A caller with no waiter left is forgotten,
 * so idle callers accumulate no credit. Callers that keep the key saturated thus share it in proportion to their
 * weights, and a burst of one caller queues behind the others' next calls instead of in front of them. This is
 * per instance: instances sharing a store decide independently, each fairly among its own waiters.
 *
 * <p><b>Shared store unreachable.</b> The gate switches to {@link Mode#DEGRADED}: each instance enforces
 * {@code floor(limit / instances)} in memory, starting from the last shared state it saw (so grants made just
 * before the failure still count). {@link #probe()} (called periodically by the application) detects the store's
 * return, hands the grants made meanwhile over to the shared log, and switches back; for {@code recoveryHold}
 * (at least the key's longest sliding window) the instance keeps to its local share as well, so that instances
 * that recover a little later never add up to more than a limit.
 *
 * <p>Thread-safe.
 */
public final class SlidingLogQuotaGate implements QuotaGate {
    private static final int MAX_CAS_ATTEMPTS = 64;
    /** How often the application calls {@link #renewInFlight()}. */
    public static final long RENEW_EVERY_MILLIS = 200;
    /** In-flight grants older than this are moved to now: with the period, well inside the shortest window (1 s). */
    static final long RENEW_AFTER_MILLIS = 400;
    /** Longer than any upstream call may last (the longest per-class timeout, retries excluded). */
    static final long MAX_IN_FLIGHT_MILLIS = 60_000;
    private static final Duration HANDOVER_LIFESPAN = Duration.ofDays(2);

    private final QuotaPlan plan;
    private final QuotaSettings settings;
    private final QuotaTiming timing;
    private final QuotaStore shared;
    private final QuotaClock clock;
    private final LocalQuotaStore local = new LocalQuotaStore();
    private final LocalQuotaStore degradedGrants = new LocalQuotaStore();
    private final LocalQuotaStore lastShared = new LocalQuotaStore(); // last state seen in the shared store, per key
    private final Set<String> seeded = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();
    private final Object modeLock = new Object();
    private volatile QuotaStatus status;
    private volatile long recoveredAt = Long.MIN_VALUE / 4;
    private volatile Consumer<QuotaStatus> listener = s -> { };
    private final CallerWeights weights;
    private final QuotaObserver observer;
    /** The grants of the last acquire on each thread, until {@link #settle()} (the request has ended). */
    private final ThreadLocal<List<Pending>> pending = ThreadLocal.withInitial(ArrayList::new);
    /** Every instance thread's grants whose request has not ended: {@link #renewInFlight()} keeps them counting. */
    private final Set<Pending> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * @param plan     the plan in force (catalog plan with overrides and headroom applied)
     * @param settings waiting and sharing settings
     * @param shared   the store shared by all instances, or empty to enforce locally only
     * @param clock    wall clock
     */
    public SlidingLogQuotaGate(QuotaPlan plan, QuotaSettings settings, Optional<QuotaStore> shared, QuotaClock clock) {
        this(plan, settings, shared, clock, CallerWeights.EQUAL, QuotaObserver.NONE);
    }

    /**
     * @param weights  each caller's weight for fair shares of a contended key
     * @param observer sees every grant and refusal (per-caller usage metrics)
     */
    public SlidingLogQuotaGate(QuotaPlan plan, QuotaSettings settings, Optional<QuotaStore> shared, QuotaClock clock,
                               CallerWeights weights, QuotaObserver observer) {
        this.weights = weights;
        this.observer = observer;
        this.plan = plan;
        this.settings = settings;
        this.timing = settings.timing();
        this.shared = shared.orElse(null);
        this.clock = clock;
        Instant now = Instant.ofEpochMilli(clock.millis());
        this.status = this.shared == null
                ? new QuotaStatus(Mode.LOCAL, now, "local", settings.instances(),
                        "local store: this instance enforces 1/" + settings.instances() + " of each limit")
                : new QuotaStatus(Mode.SHARED, now, this.shared.describe(), settings.instances(), "starting");
    }

    /** Called with the new status on every change of mode (e.g. to log it). */
    public void onStatusChange(Consumer<QuotaStatus> newListener) {
        this.listener = newListener;
    }

    public QuotaStatus status() {
        return status;
    }

    public QuotaPlan plan() {
        return plan;
    }

    @Override
    public void acquire(CallContext ctx, QuotaCall call) {
        forget(pending.get()); // a grant whose request was never sent keeps the instant it was last given
        List<Use> uses = resolve(call);
        long start = clock.millis();
        String caller = ctx.callerId();
        try {
            acquire(ctx, uses, start);
        } catch (QuotaExhaustedException e) {
            observe(() -> observer.exhausted(caller, uses.get(0).budget, clock.millis() - start));
            throw e;
        }
        observe(() -> observer.granted(caller, uses.get(0).budget, uses.get(0).units(), clock.millis() - start));
    }

    private void acquire(CallContext ctx, List<Use> uses, long start) {
        long now = start;
        long giveUpAt = giveUpAt(ctx, now);
        String queueKey = uses.get(0).key;
        Queue queue = enter(queueKey);
        Waiter me = null;
        try {
            if (queue.waiting > settings.maxQueue()) {
                throw exhausted(queue.headBlock != null ? queue.headBlock : Outcome.denied(uses.get(0), 0, now + 1, false), now);
            }
            Outcome head = queue.headBlock;
            if (head != null && head.retryAt > giveUpAt) {
                throw exhausted(head, now); // cannot be served before the caller already being served
            }
            me = queue.join(ctx.callerId(), uses.get(0).share() / Math.max(1, weightOf(ctx.callerId())));
            if (!queue.awaitTurn(me, giveUpAt, clock)) {
                Outcome ahead = queue.headBlock;
                throw exhausted(ahead != null ? ahead : Outcome.denied(uses.get(0), 0, clock.millis() + 1, false), clock.millis());
            }
            try {
                while (true) {
                    now = clock.millis();
                    Outcome outcome = attempt(uses, now);
                    if (outcome.granted) {
                        return;
                    }
                    if (outcome.retryAt > giveUpAt) {
                        throw exhausted(outcome, now);
                    }
                    queue.headBlock = outcome;
                    clock.sleepUntil(outcome.retryAt);
                }
            } finally {
                queue.headBlock = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw exhausted(Outcome.denied(uses.get(0), 0, clock.millis() + 1, false), clock.millis());
        } finally {
            if (me != null) {
                queue.leave(me);
            }
            leave(queueKey);
        }
    }

    private int weightOf(String callerId) {
        try {
            return weights.weightOf(callerId);
        } catch (RuntimeException e) {
            return 1; // a broken weight source must not break quota enforcement
        }
    }

    private static void observe(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException ignored) {
            // an observer must not break quota enforcement
        }
    }

    /**
     * Checks the shared store; switches to degraded mode when it does not answer and back (handing over the
     * grants made meanwhile) when it does. The application calls it periodically (e.g. every second).
     */
    public void probe() {
        if (shared == null) {
            return;
        }
        try {
            shared.ping();
            if (status.mode() == Mode.DEGRADED) {
                recover();
            } else {
                handOver(); // a degraded grant that raced the switch back, if any
                if ("starting".equals(status.detail())) {
                    setStatus(new QuotaStatus(Mode.SHARED, status.since(), shared.describe(), settings.instances(), "connected"));
                }
            }
        } catch (RuntimeException e) {
            degrade(e);
        }
    }

    // ---- one attempt ------------------------------------------------------------------------------------------

    private Outcome attempt(List<Use> uses, long now) {
        if (shared != null && status.mode() == Mode.SHARED) {
            try {
                return attemptShared(uses, now);
            } catch (RuntimeException e) {
                degrade(e);
            }
        }
        return attemptLocal(uses, now);
    }

    private Outcome attemptShared(List<Use> uses, long now) {
        long recovered = recoveredAt;
        for (Use use : uses) {
            if (now < recovered + use.holdMillis) {
                Outcome own = checkOnly(local, use, now);
                if (!own.granted) {
                    return own;
                }
            }
        }
        Outcome outcome = commit(shared, uses, false, now, true);
        if (outcome.granted) {
            long at = clock.millis(); // at or after the grant: the mirror of own grants errs on the safe side
            for (Use use : uses) {
                change(local, use.key, use.lifespan, log -> log.record(use.rules, use.costs, at), at);
                track(new Pending(local, use.key, use.lifespan, use.rules, use.costs, at));
            }
        }
        return outcome;
    }

    private Outcome attemptLocal(List<Use> uses, long now) {
        boolean degraded = shared != null;
        if (degraded) {
            for (Use use : uses) {
                seedOnce(use, now);
            }
        }
        Outcome outcome = commit(local, uses, true, now, false);
        if (outcome.granted && degraded) {
            long at = outcome.retryAt; // the instant the local grant was recorded
            for (Use use : uses) {
                change(degradedGrants, use.key, use.lifespan, log -> log.record(use.rules, use.costs, at), at);
                track(new Pending(degradedGrants, use.key, use.lifespan, use.rules, use.costs, at));
            }
        }
        return outcome;
    }

    private Outcome checkOnly(QuotaStore store, Use use, long now) {
        SlidingLog log = store.read(use.key).map(v -> SlidingLog.decode(v.state())).orElseGet(SlidingLog::empty);
        SlidingLog.Decision d = log.decide(use.shareRules, use.costs, now, timing);
        return d.granted() ? Outcome.GRANTED : Outcome.denied(use, d.blockingRule(), d.retryAt(), true);
    }

    /** Spends every use's cost in {@code store}, or none of them. */
    private Outcome commit(QuotaStore store, List<Use> uses, boolean share, long now, boolean remember) {
        List<Use> done = new ArrayList<>(uses.size());
        List<Long> at = new ArrayList<>(uses.size());
        for (Use use : uses) {
            Outcome outcome = commitOne(store, use, share, remember);
            if (!outcome.granted) {
                for (int i = 0; i < done.size(); i++) {
                    Use d = done.get(i);
                    long grantedAt = at.get(i);
                    List<QuotaRule> rules = share ? d.shareRules : d.rules;
                    change(store, d.key, d.lifespan, log -> log.unrecord(rules, d.costs, grantedAt), clock.millis());
                }
                return outcome;
            }
            done.add(use);
            at.add(outcome.retryAt);
        }
        for (int i = 0; i < done.size(); i++) {
            Use d = done.get(i);
            track(new Pending(store, d.key, d.lifespan, share ? d.shareRules : d.rules, d.costs, at.get(i)));
        }
        return Outcome.grantedAt(at.stream().mapToLong(Long::longValue).max().orElse(clock.millis()));
    }

    /**
     * One compare-and-set grant. The grant is decided and recorded at the instant the state was read; if the
     * write then took longer than a fifth of the safety margin (a slow store, a paused thread), the grant is
     * moved to the instant the write returned, so that the recorded instant never lags the actual send by more
     * than that. Moving a grant later only makes it count longer. A granted outcome carries the recorded instant
     * in {@code retryAt}.
     */
    private Outcome commitOne(QuotaStore store, Use use, boolean share, boolean remember) {
        List<QuotaRule> rules = share ? use.shareRules : use.rules;
        for (int attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
            Optional<Versioned> current = store.read(use.key);
            long now = clock.millis();
            if (remember) {
                current.ifPresentOrElse(v -> lastShared.put(use.key, v.state(), use.lifespan), () -> lastShared.take(use.key));
            }
            SlidingLog log = current.map(v -> SlidingLog.decode(v.state())).orElseGet(SlidingLog::empty);
            log.prune(now, timing);
            SlidingLog.Decision decision = log.decide(rules, use.costs, now, timing);
            if (!decision.granted()) {
                return Outcome.denied(use, decision.blockingRule(), decision.retryAt(), share);
            }
            log.record(rules, use.costs, now);
            byte[] next = log.encode();
            boolean written = current.isEmpty()
                    ? store.create(use.key, next, use.lifespan)
                    : store.replace(use.key, current.get().version(), next, use.lifespan);
            if (written) {
                if (remember) {
                    lastShared.put(use.key, next, use.lifespan);
                }
                return Outcome.grantedAt(restampIfLate(store, use, rules, now));
            }
        }
        // Others keep winning: they are making progress; try again in a moment.
        return Outcome.denied(use, 0, clock.millis() + 1, share);
    }

    private long restampIfLate(QuotaStore store, Use use, List<QuotaRule> rules, long recordedAt) {
        long tolerance = Math.max(1, timing.marginMillis() / 5);
        long at = recordedAt;
        for (int i = 0; i < 3; i++) {
            long now = clock.millis();
            if (now - at <= tolerance) {
                break;
            }
            move(store, use.key, use.lifespan, rules, use.costs, at, now);
            at = now;
        }
        return at;
    }

    /** Moves a grant recorded at {@code from} to {@code to} (later): it then counts a window after {@code to}. */
    private void move(QuotaStore store, String key, Duration lifespan, List<QuotaRule> rules, long[] costs, long from,
                      long to) {
        change(store, key, lifespan, log -> {
            log.unrecord(rules, costs, from);
            log.record(rules, costs, to);
        }, to);
    }

    /**
     * The request the calling thread's last grant was for has ended (answered, failed or timed out): RongCloud
     * counted it at its arrival, somewhere between the grant and now. A grant recorded more than the safety margin
     * ago is moved to now, so that it counts for a whole window after any instant RongCloud may have counted it
     * (the margin alone covers requests that end within it: no write then). Without this, a request that left
     * late (a new connection, a paused thread, a slow upstream) could share RongCloud's window with requests
     * granted a window after it. Never throws: if the store cannot be written, the grant keeps its instant.
     */
    public void settle() {
        List<Pending> mine = pending.get();
        if (mine.isEmpty()) {
            return;
        }
        long now = clock.millis();
        for (Pending p : mine) {
            synchronized (p) {
                if (!p.done && now - p.at > timing.marginMillis()) {
                    restamp(p, now);
                }
                p.done = true;
            }
            inFlight.remove(p);
        }
        mine.clear();
    }

    /**
     * Keeps the grants of requests still in flight counting (called every {@link #RENEW_EVERY_MILLIS} by the
     * application): a grant older than {@link #RENEW_AFTER_MILLIS} whose request has not ended is moved to now, so it
     * never leaves a window (at least 1 s plus the margin) before its request has arrived, on any instance. A
     * grant whose request has not ended after {@link #MAX_IN_FLIGHT_MILLIS} (longer than any call may last) is no
     * longer renewed (a request that never went through the invoker). Never throws.
     */
    public void renewInFlight() {
        if (inFlight.isEmpty()) {
            return;
        }
        long now = clock.millis();
        for (Pending p : inFlight) {
            synchronized (p) {
                if (p.done || now - p.grantedAt > MAX_IN_FLIGHT_MILLIS) {
                    p.done = true;
                    inFlight.remove(p);
                } else if (now - p.at >= RENEW_AFTER_MILLIS) {
                    restamp(p, now);
                }
            }
        }
    }

    /** Grants of requests in flight on this instance (for tests and status). */
    public int inFlight() {
        return inFlight.size();
    }

    private void track(Pending p) {
        pending.get().add(p);
        inFlight.add(p);
    }

    private void forget(List<Pending> mine) {
        for (Pending p : mine) {
            synchronized (p) {
                p.done = true;
            }
            inFlight.remove(p);
        }
        mine.clear();
    }

    /** Moves {@code p} to {@code now} in its store (caller holds p's lock); on failure it keeps its instant. */
    private void restamp(Pending p, long now) {
        try {
            move(p.store, p.key, p.lifespan, p.rules, p.costs, p.at, now);
            p.at = now;
        } catch (RuntimeException e) {
            // the store is down or contended: the grant keeps counting from its last instant
        }
    }

    /** A grant recorded in {@code store} at {@code at}, whose request has not ended. */
    private static final class Pending {
        final QuotaStore store;
        final String key;
        final Duration lifespan;
        final List<QuotaRule> rules;
        final long[] costs;
        final long grantedAt;
        long at;
        boolean done;

        Pending(QuotaStore store, String key, Duration lifespan, List<QuotaRule> rules, long[] costs, long at) {
            this.store = store;
            this.key = key;
            this.lifespan = lifespan;
            this.rules = rules;
            this.costs = costs;
            this.grantedAt = at;
            this.at = at;
        }
    }

    /** Read-modify-write without a decision (recording own grants, refunds, hand-over). */
    private void change(QuotaStore store, String key, Duration lifespan, Consumer<SlidingLog> mutation, long now) {
        for (int attempt = 0; attempt < MAX_CAS_ATTEMPTS * 4; attempt++) {
            Optional<Versioned> current = store.read(key);
            SlidingLog log = current.map(v -> SlidingLog.decode(v.state())).orElseGet(SlidingLog::empty);
            mutation.accept(log);
            log.prune(now, timing);
            byte[] next = log.encode();
            boolean written = current.isEmpty()
                    ? store.create(key, next, lifespan)
                    : store.replace(key, current.get().version(), next, lifespan);
            if (written) {
                return;
            }
        }
        throw new QuotaStoreUnavailableException("too much contention on quota key " + key, null);
    }

    // ---- modes ------------------------------------------------------------------------------------------------

    private void seedOnce(Use use, long now) {
        if (seeded.add(use.key)) {
            Optional<Versioned> last = lastShared.read(use.key);
            if (last.isPresent()) {
                SlidingLog sharedLog = SlidingLog.decode(last.get().state());
                change(local, use.key, use.lifespan, log -> log.mergeMax(sharedLog), now);
            }
        }
    }

    private void degrade(Throwable cause) {
        synchronized (modeLock) {
            if (status.mode() != Mode.SHARED) {
                return;
            }
            seeded.clear();
            setStatus(new QuotaStatus(Mode.DEGRADED, Instant.ofEpochMilli(clock.millis()), shared.describe(),
                    settings.instances(), "shared quota store unreachable (" + describe(cause) + "); enforcing 1/"
                    + settings.instances() + " of each limit locally"));
        }
    }

    private void recover() {
        synchronized (modeLock) {
            if (status.mode() != Mode.DEGRADED) {
                return;
            }
            handOver();
            recoveredAt = clock.millis();
            setStatus(new QuotaStatus(Mode.SHARED, Instant.ofEpochMilli(recoveredAt), shared.describe(),
                    settings.instances(), "shared quota store back; local share kept for the recovery hold"));
        }
        handOver(); // grants made between the first hand-over and the switch
    }

    /** Adds the grants made while degraded to the shared logs. */
    private void handOver() {
        long now = clock.millis();
        for (String key : degradedGrants.keys()) {
            Optional<byte[]> taken = degradedGrants.take(key);
            if (taken.isEmpty()) {
                continue;
            }
            SlidingLog grants = SlidingLog.decode(taken.get());
            try {
                change(shared, key, HANDOVER_LIFESPAN, log -> log.add(grants), now);
            } catch (RuntimeException e) {
                change(degradedGrants, key, HANDOVER_LIFESPAN, log -> log.add(grants), now);
                throw e;
            }
        }
    }

    private void setStatus(QuotaStatus next) {
        status = next;
        try {
            listener.accept(next);
        } catch (RuntimeException ignored) {
            // a listener must not break quota enforcement
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    // ---- resolving a call against the plan --------------------------------------------------------------------

    /** One quota key a call spends in: its rules (in full and as this instance's share) and costs. */
    private static final class Use {
        final String key;
        final String subject;
        final String budget;
        final List<QuotaRule> rules;
        final List<QuotaRule> shareRules;
        final long[] costs;
        final long holdMillis;
        final Duration lifespan;

        Use(String key, String subject, String budget, List<QuotaRule> rules, List<QuotaRule> shareRules, long[] costs,
            long holdMillis, Duration lifespan) {
            this.key = key;
            this.subject = subject;
            this.budget = budget;
            this.rules = rules;
            this.shareRules = shareRules;
            this.costs = costs;
            this.holdMillis = holdMillis;
            this.lifespan = lifespan;
        }

        /** The share of the budget this call spends: its largest cost / limit (for fair queuing). */
        double share() {
            double share = 0;
            for (int i = 0; i < costs.length; i++) {
                share = Math.max(share, costs[i] / (double) Math.max(1, rules.get(i).limit()));
            }
            return share;
        }

        long units() {
            long units = 0;
            for (long c : costs) {
                units = Math.max(units, c);
            }
            return units;
        }
    }

    private List<Use> resolve(QuotaCall call) {
        EndpointQuota entry = plan.find(call.path(), call.operation().orElse(null))
                .orElseThrow(() -> new IllegalArgumentException("no quota plan entry for " + call.path()
                        + call.operation().map(o -> " " + o).orElse("") + ": regenerate the plan (tools/gen-quota-plan.py)"));
        List<FieldViolation> violations = new ArrayList<>();
        List<Use> uses = new ArrayList<>();
        List<QuotaRule> budgetRules = entry.budgetRules();
        if (!budgetRules.isEmpty()) {
            long[] costs = new long[budgetRules.size()];
            for (int i = 0; i < costs.length; i++) {
                QuotaRule rule = budgetRules.get(i);
                if (rule.unit() == CostUnit.REQUEST) {
                    costs[i] = 1;
                } else {
                    QuotaCall.Amount amount = call.amount(rule.unit()).orElseThrow(() -> new IllegalArgumentException(
                            entry.path() + " counts " + rule.unit().plural() + ": give the count in its QuotaCall"));
                    costs[i] = amount.count();
                    tooBig(entry.budget(), rule, amount.count(), amount.field(), violations);
                }
            }
            uses.add(use(entry.budget(), entry.budget(), budgetRules, costs, entry.budget()));
        }
        for (QuotaCall.ScopeUse scope : call.scopes()) {
            List<QuotaRule> rules = entry.scopeRules(scope.scope());
            if (rules.isEmpty()) {
                throw new IllegalArgumentException(entry.path() + " has no sub-limit '" + scope.scope() + "'");
            }
            long[] costs = new long[rules.size()];
            for (int i = 0; i < costs.length; i++) {
                costs[i] = rules.get(i).unit() == CostUnit.REQUEST ? 1 : scope.count();
                tooBig(entry.budget() + " " + scope.scope(), rules.get(i), costs[i], scope.scope(), violations);
            }
            String subject = entry.budget() + "#" + scope.scope() + (scope.value().isEmpty() ? "" : "=" + scope.value());
            uses.add(use(subject, subject, rules, costs, entry.budget()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidArgumentException(violations);
        }
        if (uses.isEmpty()) {
            throw new IllegalArgumentException(entry.path() + ": the call counts against no rule");
        }
        return uses;
    }

    private static void tooBig(String subject, QuotaRule rule, long cost, String field, List<FieldViolation> out) {
        if (cost > rule.limit()) {
            out.add(new FieldViolation(field, "carries " + cost + " " + rule.unit().plural() + " but RongCloud's quota "
                    + subject + " allows " + rule.describe() + "; split the request"));
        }
    }

    private Use use(String subject, String display, List<QuotaRule> rules, long[] costs, String budget) {
        int n = settings.instances();
        List<QuotaRule> share = rules.stream().map(r -> r.withLimit(r.limit() / n)).toList();
        long margin = timing.marginMillis();
        long hold = settings.recoveryHold().toMillis();
        Duration lifespan = Duration.ZERO;
        for (QuotaRule r : rules) {
            if (!r.window().calendarDay()) {
                hold = Math.max(hold, r.window().millis() + margin);
            }
            Duration span = r.window().calendarDay()
                    ? Duration.ofDays(2).plusMillis(margin)
                    : r.window().length().plusMillis(margin).plusMinutes(1);
            if (span.compareTo(lifespan) > 0) {
                lifespan = span;
            }
        }
        return new Use(settings.keyPrefix() + subject, display, budget, rules, share, costs, hold, lifespan);
    }

    // ---- waiting ----------------------------------------------------------------------------------------------

    private long giveUpAt(CallContext ctx, long now) {
        long bound = now + settings.maxWait().toMillis();
        if (ctx.deadline().isPresent()) {
            bound = Math.min(bound, ctx.deadline().get().toEpochMilli() - settings.deadlineReserve().toMillis());
        }
        return Math.max(now, bound);
    }

    private QuotaExhaustedException exhausted(Outcome outcome, long now) {
        QuotaRule rule = outcome.use.rules.get(Math.max(0, outcome.rule));
        String description = rule.describe();
        QuotaRule share = outcome.use.shareRules.get(Math.max(0, outcome.rule));
        if (outcome.share && share.limit() != rule.limit()) {
            description += "; this instance's share (" + share.limit() + ") applies while "
                    + (status.mode() == Mode.LOCAL ? "quotas are enforced locally" : "the shared quota store is unreachable or just back");
        }
        long retryAfter = outcome.retryAt == SlidingLog.NEVER
                ? Math.min(rule.window().millis(), 60_000)
                : Math.max(1, outcome.retryAt - now);
        return new QuotaExhaustedException(outcome.use.subject, description, Duration.ofMillis(retryAfter));
    }

    private static final class Outcome {
        static final Outcome GRANTED = new Outcome(true, null, -1, 0, false);
        final boolean granted;
        final Use use;
        final int rule;
        final long retryAt;
        final boolean share;

        private Outcome(boolean granted, Use use, int rule, long retryAt, boolean share) {
            this.granted = granted;
            this.use = use;
            this.rule = rule;
            this.retryAt = retryAt;
            this.share = share;
        }

        static Outcome grantedAt(long instant) {
            return new Outcome(true, null, -1, instant, false);
        }

        static Outcome denied(Use use, int rule, long retryAt, boolean share) {
            return new Outcome(false, use, rule, retryAt, share);
        }
    }

    /** A caller waiting for its turn at one key. */
    private static final class Waiter {
        final String caller;
        final double tag;
        final long seq;
        final Condition turn;

        Waiter(String caller, double tag, long seq, Condition turn) {
            this.caller = caller;
            this.tag = tag;
            this.seq = seq;
            this.turn = turn;
        }
    }

    /** A caller with waiters at one key: the finish tag of its last waiter, and how many it has. */
    private static final class Flow {
        double lastFinish;
        int waiters;
    }

    private static final Comparator<Waiter> BY_TAG = Comparator.<Waiter>comparingDouble(w -> w.tag).thenComparingLong(w -> w.seq);

    /**
     * Callers of one key within this instance: the waiters in weighted fair order (smallest virtual finish tag
     * first, arrival order among equal tags), the one being served, and what it waits for.
     */
    private static final class Queue {
        final ReentrantLock lock = new ReentrantLock();
        final PriorityQueue<Waiter> waiters = new PriorityQueue<>(BY_TAG);
        final Map<String, Flow> flows = new HashMap<>();
        Waiter head; // being served (guarded by lock)
        double virtualNow;
        long arrivals;
        volatile Outcome headBlock;
        volatile int waiting; // changed only inside ConcurrentHashMap.compute

        Waiter join(String caller, double increment) {
            lock.lock();
            try {
                Flow flow = flows.computeIfAbsent(caller, c -> {
                    Flow f = new Flow();
                    f.lastFinish = virtualNow;
                    return f;
                });
                double tag = Math.max(virtualNow, flow.lastFinish) + increment;
                flow.lastFinish = tag;
                flow.waiters++;
                Waiter w = new Waiter(caller, tag, arrivals++, lock.newCondition());
                waiters.add(w);
                return w;
            } finally {
                lock.unlock();
            }
        }

        /** Waits until {@code me} is the head; false if {@code giveUpAt} came first. */
        boolean awaitTurn(Waiter me, long giveUpAt, QuotaClock clock) throws InterruptedException {
            lock.lock();
            try {
                while (true) {
                    if (head == null && waiters.peek() == me) {
                        waiters.poll();
                        head = me;
                        virtualNow = Math.max(virtualNow, me.tag);
                        return true;
                    }
                    long left = giveUpAt - clock.millis();
                    if (left <= 0) {
                        return false;
                    }
                    me.turn.await(left, TimeUnit.MILLISECONDS);
                }
            } finally {
                lock.unlock();
            }
        }

        void leave(Waiter me) {
            lock.lock();
            try {
                if (head == me) {
                    head = null;
                } else {
                    waiters.remove(me);
                }
                Flow flow = flows.get(me.caller);
                if (flow != null && --flow.waiters == 0) {
                    flows.remove(me.caller); // idle callers keep no credit
                }
                Waiter next = waiters.peek();
                if (head == null && next != null) {
                    next.turn.signal();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Callers waiting or being served at {@code budget} in this instance (tests). */
    int queued(String budget) {
        Queue q = queues.get(settings.keyPrefix() + budget);
        return q == null ? 0 : q.waiting;
    }

    /** Callers in the fair order at {@code budget} (queued or being served) in this instance (tests). */
    int joined(String budget) {
        Queue q = queues.get(settings.keyPrefix() + budget);
        if (q == null) {
            return 0;
        }
        q.lock.lock();
        try {
            return q.waiters.size() + (q.head == null ? 0 : 1);
        } finally {
            q.lock.unlock();
        }
    }

    private Queue enter(String key) {
        return queues.compute(key, (k, q) -> {
            Queue queue = q == null ? new Queue() : q;
            queue.waiting++;
            return queue;
        });
    }

    private void leave(String key) {
        queues.computeIfPresent(key, (k, q) -> --q.waiting == 0 ? null : q);
    }
}
