package rongcloud.gateway.application.service.recording;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import rongcloud.gateway.application.port.out.persistence.OperationJournal;
import rongcloud.gateway.application.port.out.persistence.StateMirror;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.journal.JournalEntry;
import rongcloud.gateway.domain.mirror.MirrorChange;

/**
 * Records every mutating use-case call in the operation journal and writes its effect through to the state
 * mirror, as a decorator of the use cases: one generic place instead of an edit in each of the ~100 service
 * methods.
 *
 * <p>Why here and not elsewhere: a gRPC server interceptor sees the RPC but not RongCloud's code (only the
 * mapped status) nor the command's ids; the single upstream call point ({@code RongCloudInvoker}) sees the code
 * but not the operation's meaning, the target ids, or failures that happen before any upstream call (quota
 * refusals). The use-case boundary sees all of it: the CallContext (caller, request id), the validated command
 * (its ids, read by convention: see {@link TargetIds}), the outcome with RongCloud's code in the domain
 * exception, and the time spent including quota waits. It is also the boundary the outbox workers call, so
 * queued deliveries are journaled and mirrored exactly like direct calls.
 *
 * <p>A method is a query, and is neither journaled nor mirrored, when its name starts with get, list, check,
 * query, batchGet, is, count or search (the same rule as the scopes' read/write split); everything else is a
 * mutation. The operation is named {@code <UseCase without suffix>.<method>}, e.g. {@code
 * GroupManagement.createGroup}.
 *
 * <p>Failures of the journal or the mirror never fail the caller's call: they are logged and counted through
 * {@code onFailure} (a metric in infra). The mirror is written after a successful upstream mutation
 * (write-through), synchronously, so a read RPC right after sees it.
 */
public final class OperationRecorder {
    private static final Logger LOG = Logger.getLogger(OperationRecorder.class.getName());
    private static final List<String> QUERY_PREFIXES =
            List.of("get", "list", "check", "query", "batchget", "is", "count", "search");

    private final OperationJournal journal;
    private final StateMirror mirror;
    private final Clock clock;
    private final BiConsumer<String, Throwable> onFailure;

    /**
     * @param onFailure told about each failed journal or mirror write ("journal" or "mirror", the failure)
     */
    public OperationRecorder(OperationJournal journal, StateMirror mirror, Clock clock,
                             BiConsumer<String, Throwable> onFailure) {
        this.journal = journal;
        this.mirror = mirror;
        this.clock = clock;
        this.onFailure = onFailure;
    }

    /** Wraps a use case: the returned object implements {@code useCase} and records its mutations. */
    public <T> T wrap(Class<T> useCase, T target) {
        String area = useCase.getSimpleName().replaceFirst("UseCase$", "");
        InvocationHandler handler = (proxy, method, args) -> invoke(area, target, method, args);
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase}, handler));
    }

    static boolean isQuery(String methodName) {
        String m = methodName.toLowerCase(Locale.ROOT);
        for (String prefix : QUERY_PREFIXES) {
            if (m.startsWith(prefix) && (m.length() == prefix.length()
                    || Character.isUpperCase(methodName.charAt(prefix.length())))) {
                return true;
            }
        }
        return false;
    }

    private Object invoke(String area, Object target, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class || args == null || args.length == 0
                || !(args[0] instanceof CallContext ctx) || isQuery(method.getName())) {
            return call(target, method, args);
        }
        Object command = args.length > 1 ? args[1] : null;
        long started = System.nanoTime();
        try {
            Object result = call(target, method, args);
            Instant now = clock.instant();
            mirror(command, now);
            journal(ctx, area + "." + method.getName(), command, started, now, null);
            return result;
        } catch (Throwable failure) {
            journal(ctx, area + "." + method.getName(), command, started, clock.instant(), failure);
            throw failure;
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void mirror(Object command, Instant now) {
        if (command == null) {
            return;
        }
        try {
            List<MirrorChange> changes = MirrorProjection.changes(command, now);
            if (!changes.isEmpty()) {
                mirror.apply(now, changes);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "state mirror write failed for " + command.getClass().getSimpleName()
                    + ": " + e + " (the call succeeded; the mirror is stale for its ids)");
            report("mirror", e);
        }
    }

    private void journal(CallContext ctx, String operation, Object command, long startedNanos, Instant now,
                         Throwable failure) {
        try {
            journal.record(new JournalEntry(0, now, ctx.callerId(), operation,
                    command == null ? List.of() : TargetIds.of(command), ctx.requestId(), failure == null,
                    failure == null ? Optional.of(200) : Failures.rongCloudCode(failure),
                    failure == null ? Optional.empty() : Optional.of(Failures.reason(failure)),
                    (System.nanoTime() - startedNanos) / 1_000));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "operation journal write failed for " + operation + " requestId="
                    + ctx.requestId() + ": " + e);
            report("journal", e);
        }
    }

    private void report(String what, Throwable e) {
        try {
            onFailure.accept(what, e);
        } catch (RuntimeException ignored) {
            // a failing metric must not fail the call either
        }
    }
}
