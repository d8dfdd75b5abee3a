package rongcloud.gateway.adapter.out.rest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Which host a call tries first, as RongCloud advises (common.yaml hosts.failover): remember the host in use;
 * when it fails (connect failure, timeout, 5xx) switch to the next one and make it the current one. Unlike
 * the SDKs, the gateway goes back to the primary: once {@code coolDown} has passed since the switch, one
 * idempotent call at a time probes the primary first; its success makes the primary current again, its
 * failure restarts the cool-down (and the call is retried on the current host, which is safe for it).
 */
final class HostSelector {
    private final int hosts;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile int current;
    private volatile long switchedAt;

    HostSelector(int hosts, Duration coolDown, LongSupplier nanoTime) {
        this.hosts = hosts;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The hosts to try, in order, for one call; {@code mayProbe} for calls that may be retried after any failure. */
    Plan plan(boolean mayProbe) {
        int first = current;
        boolean probe = first != 0 && mayProbe && nanoTime.getAsLong() - switchedAt >= coolDownNanos
                && probing.compareAndSet(false, true);
        int[] order = new int[hosts];
        int n = 0;
        if (probe) {
            order[n++] = 0;
        }
        for (int i = 0; i < hosts; i++) {
            int h = (first + i) % hosts;
            if (!(probe && h == 0)) {
                order[n++] = h;
            }
        }
        return new Plan(order, probe);
    }

    /** A host failed in a way that warrants failover; returns true when the current host changed. */
    synchronized boolean failed(int host, Plan plan) {
        if (plan.probe() && host == 0) {
            switchedAt = nanoTime.getAsLong(); // the primary is still down: wait another cool-down
            return false;
        }
        if (host == current && hosts > 1) {
            current = (host + 1) % hosts;
            switchedAt = nanoTime.getAsLong();
            return true;
        }
        return false;
    }

    /** A host answered (whatever RongCloud's code); returns true when a probe found the primary back. */
    synchronized boolean succeeded(int host, Plan plan) {
        if (plan.probe() && host == 0 && current != 0) {
            current = 0;
            return true;
        }
        return false;
    }

    void done(Plan plan) {
        if (plan.probe()) {
            probing.set(false);
        }
    }

    int current() {
        return current;
    }

    synchronized void reset() {
        current = 0;
        switchedAt = 0;
        probing.set(false);
    }

    /** @param order host indexes in the order to try; @param probe whether the primary is being probed */
    record Plan(int[] order, boolean probe) {
        int host(int attempt) {
            return order[attempt % order.length];
        }
    }
}
