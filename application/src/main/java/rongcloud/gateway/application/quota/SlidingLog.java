package rongcloud.gateway.application.quota;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.quota.QuotaRule;

/**
 * The state of one quota key, and the algorithm: a <b>sliding log</b> of the grants that may still count, one
 * counter per (window, unit) of the key's rules, each a time-ordered list of (instant, cost) buckets.
 *
 * <p>A grant of cost {@code c} at instant {@code t} is allowed iff, for every rule with limit {@code L}:
 * <ul>
 *   <li>sliding window {@code W}: the costs recorded at instants {@code s} with {@code s + W + m > t}, plus
 *       {@code c}, are at most {@code L} ({@code m} = safety margin). Hence every interval of length
 *       {@code W + m} holds at most {@code L}: take the last grant in any such interval; every other grant in it
 *       was counted when that one was decided. That is the bar (no interval of the window's length sees more
 *       than the limit, whatever instants the callers choose), with {@code m} to spare for the delay to
 *       RongCloud. A fixed-window counter fails it (2L around a boundary); GCRA/token buckets admit a burst of L
 *       right after a refill of L and fail it too unless they forbid bursts.</li>
 *   <li>calendar day: a grant within {@code m} of midnight may land on either day at RongCloud, so it counts on
 *       both; the grant is allowed iff each day it may land on has room for {@code c}.</li>
 * </ul>
 * The log is exact (nothing is wasted: a unit is reusable the moment it leaves every window) except for
 * bucketing: grants are recorded at instants rounded <em>up</em> to W/1000 (1 ms for a second), which bounds a
 * counter at about 1000 buckets whatever the limit (6000 recipients/minute included) and can only delay a
 * unit's reuse by 0.1% of the window, never advance it.
 *
 * <p>Mutable and not thread-safe: decoded, decided on, changed and encoded within one compare-and-set attempt.
 */
final class SlidingLog {
    static final long NEVER = Long.MAX_VALUE;
    private static final byte FORMAT = 1;

    private final Map<String, Counter> counters = new LinkedHashMap<>();

    /** Outcome of {@link #decide}: granted, or the instant the cost could first fit and the rule that blocks. */
    record Decision(boolean granted, long retryAt, int blockingRule) {
        static final Decision GRANTED = new Decision(true, 0, -1);
    }

    static SlidingLog empty() {
        return new SlidingLog();
    }

    /** Whether {@code costs[i]} units fit {@code rules.get(i)} at {@code now}, for every i. */
    Decision decide(List<QuotaRule> rules, long[] costs, long now, QuotaTiming timing) {
        long retryAt = 0;
        int blocking = -1;
        for (int i = 0; i < rules.size(); i++) {
            QuotaRule rule = rules.get(i);
            Counter counter = counters.get(Counter.id(rule));
            long at = counter == null ? fitsEmpty(rule, costs[i]) : counter.fitsAt(rule.limit(), costs[i], now, timing);
            if (at > now && at > retryAt) {
                retryAt = at;
                blocking = i;
            }
        }
        return blocking < 0 ? Decision.GRANTED : new Decision(false, retryAt, blocking);
    }

    private static long fitsEmpty(QuotaRule rule, long cost) {
        return cost <= rule.limit() ? 0 : NEVER;
    }

    /** Records {@code costs[i]} against every rule at {@code now} (no check: see {@link #decide}). */
    void record(List<QuotaRule> rules, long[] costs, long now) {
        for (int i = 0; i < rules.size(); i++) {
            if (costs[i] > 0) {
                QuotaRule rule = rules.get(i);
                counters.computeIfAbsent(Counter.id(rule), id -> Counter.of(rule)).add(Counter.bucket(rule, now), costs[i]);
            }
        }
    }

    /** Takes back what {@link #record} recorded at {@code now} (a grant that was not used). */
    void unrecord(List<QuotaRule> rules, long[] costs, long now) {
        for (int i = 0; i < rules.size(); i++) {
            Counter counter = counters.get(Counter.id(rules.get(i)));
            if (counter != null && costs[i] > 0) {
                counter.remove(Counter.bucket(rules.get(i), now), costs[i]);
            }
        }
    }

    /** Forgets what can no longer count at or after {@code now}. */
    void prune(long now, QuotaTiming timing) {
        counters.values().removeIf(c -> {
            c.prune(now, timing);
            return c.size == 0;
        });
    }

    /** Adds every grant of {@code other} (grants this log did not know). */
    void add(SlidingLog other) {
        other.counters.forEach((id, c) -> {
            Counter mine = counters.computeIfAbsent(id, k -> c.emptyCopy());
            for (int i = 0; i < c.size; i++) {
                mine.add(c.ts[i], c.cost[i]);
            }
        });
    }

    /**
     * Merges a log that may already contain some of this log's grants (a copy of the shared log, when this
     * log holds this instance's own grants): per bucket the larger cost, which is exact when one is a subset
     * of the other and conservative otherwise.
     */
    void mergeMax(SlidingLog other) {
        other.counters.forEach((id, c) -> {
            Counter mine = counters.computeIfAbsent(id, k -> c.emptyCopy());
            for (int i = 0; i < c.size; i++) {
                long have = mine.costAt(c.ts[i]);
                if (c.cost[i] > have) {
                    mine.add(c.ts[i], c.cost[i] - have);
                }
            }
        });
    }

    /** Units counted by a rule's counter at {@code now} (for tests and status). */
    long used(QuotaRule rule, long now, QuotaTiming timing) {
        Counter c = counters.get(Counter.id(rule));
        return c == null ? 0 : c.used(now, timing);
    }

    boolean isEmpty() {
        return counters.isEmpty();
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + counters.size() * 64);
        out.write(FORMAT);
        writeVarLong(out, counters.size());
        for (Counter c : counters.values()) {
            byte[] id = c.id.getBytes(StandardCharsets.UTF_8);
            writeVarLong(out, id.length);
            out.write(id, 0, id.length);
            writeVarLong(out, c.size);
            long previous = 0;
            for (int i = 0; i < c.size; i++) {
                writeVarLong(out, c.ts[i] - previous);
                writeVarLong(out, c.cost[i]);
                previous = c.ts[i];
            }
        }
        return out.toByteArray();
    }

    static SlidingLog decode(byte[] bytes) {
        SlidingLog log = new SlidingLog();
        if (bytes == null || bytes.length == 0) {
            return log;
        }
        int[] pos = {0};
        if (bytes[pos[0]++] != FORMAT) {
            // Unknown format (a newer gateway wrote it): start over rather than fail every call.
            return log;
        }
        long count = readVarLong(bytes, pos);
        for (long k = 0; k < count; k++) {
            int len = (int) readVarLong(bytes, pos);
            String id = new String(bytes, pos[0], len, StandardCharsets.UTF_8);
            pos[0] += len;
            Counter c = Counter.parse(id);
            int n = (int) readVarLong(bytes, pos);
            long ts = 0;
            for (int i = 0; i < n; i++) {
                ts += readVarLong(bytes, pos);
                c.add(ts, readVarLong(bytes, pos));
            }
            if (c.size > 0) {
                log.counters.put(id, c);
            }
        }
        return log;
    }

    private static void writeVarLong(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarLong(byte[] in, int[] pos) {
        long v = 0;
        int shift = 0;
        while (true) {
            byte b = in[pos[0]++];
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    /** The grants of one (window, unit): parallel arrays sorted by instant, one bucket per instant. */
    private static final class Counter {
        final String id;
        final long windowMillis;
        final boolean calendar;
        long[] ts = new long[4];
        long[] cost = new long[4];
        int size;

        private Counter(String id, long windowMillis, boolean calendar) {
            this.id = id;
            this.windowMillis = windowMillis;
            this.calendar = calendar;
        }

        static String id(QuotaRule rule) {
            return rule.window().millis() + (rule.window().calendarDay() ? "c/" : "/") + rule.unit().code();
        }

        static Counter of(QuotaRule rule) {
            return new Counter(id(rule), rule.window().millis(), rule.window().calendarDay());
        }

        static Counter parse(String id) {
            int slash = id.indexOf('/');
            String window = id.substring(0, slash);
            boolean calendar = window.endsWith("c");
            return new Counter(id, Long.parseLong(calendar ? window.substring(0, window.length() - 1) : window), calendar);
        }

        Counter emptyCopy() {
            return new Counter(id, windowMillis, calendar);
        }

        /** Bucket width: W/1000 for sliding windows (1 ms for a second), 1 ms for calendar days. */
        static long bucket(QuotaRule rule, long now) {
            long g = rule.window().calendarDay() ? 1 : Math.max(1, rule.window().millis() / 1000);
            return g == 1 ? now : Math.floorDiv(now + g - 1, g) * g;
        }

        void add(long instant, long c) {
            int i = indexOf(instant);
            if (i >= 0) {
                cost[i] += c;
                return;
            }
            int at = -i - 1;
            if (size == ts.length) {
                ts = Arrays.copyOf(ts, size * 2);
                cost = Arrays.copyOf(cost, size * 2);
            }
            System.arraycopy(ts, at, ts, at + 1, size - at);
            System.arraycopy(cost, at, cost, at + 1, size - at);
            ts[at] = instant;
            cost[at] = c;
            size++;
        }

        void remove(long instant, long c) {
            int i = indexOf(instant);
            if (i < 0) {
                return;
            }
            cost[i] -= c;
            if (cost[i] <= 0) {
                System.arraycopy(ts, i + 1, ts, i, size - i - 1);
                System.arraycopy(cost, i + 1, cost, i, size - i - 1);
                size--;
            }
        }

        long costAt(long instant) {
            int i = indexOf(instant);
            return i >= 0 ? cost[i] : 0;
        }

        private int indexOf(long instant) {
            // Appends are almost always at the end: check it before searching.
            if (size > 0 && ts[size - 1] < instant) {
                return -(size + 1);
            }
            return Arrays.binarySearch(ts, 0, size, instant);
        }

        long used(long now, QuotaTiming timing) {
            long sum = 0;
            if (!calendar) {
                long reach = windowMillis + timing.marginMillis();
                for (int i = 0; i < size; i++) {
                    if (ts[i] + reach > now) {
                        sum += cost[i];
                    }
                }
                return sum;
            }
            long m = timing.marginMillis();
            long today = timing.day(now - m);
            for (int i = 0; i < size; i++) {
                if (timing.day(ts[i] - m) <= today && today <= timing.day(ts[i] + m)) {
                    sum += cost[i];
                }
            }
            return sum;
        }

        /** The first instant at or after {@code now} at which {@code c} more units fit {@code limit}, or NEVER. */
        long fitsAt(long limit, long c, long now, QuotaTiming timing) {
            if (c > limit) {
                return NEVER;
            }
            return calendar ? calendarFitsAt(limit, c, now, timing) : slidingFitsAt(limit, c, now, timing);
        }

        private long slidingFitsAt(long limit, long c, long now, QuotaTiming timing) {
            long reach = windowMillis + timing.marginMillis();
            int first = 0;
            while (first < size && ts[first] + reach <= now) {
                first++;
            }
            long used = 0;
            for (int i = first; i < size; i++) {
                used += cost[i];
            }
            if (used + c <= limit) {
                return now;
            }
            // Wait for the oldest grants to leave the window until c fits.
            for (int i = first; i < size; i++) {
                used -= cost[i];
                if (used + c <= limit) {
                    return ts[i] + reach;
                }
            }
            return NEVER; // unreachable: c <= limit
        }

        private long calendarFitsAt(long limit, long c, long now, QuotaTiming timing) {
            long m = timing.marginMillis();
            long first = timing.day(now - m);
            long last = timing.day(now + m);
            long blockedUntilDay = Long.MIN_VALUE;
            for (long day = first; day <= last; day++) {
                long used = 0;
                for (int i = 0; i < size; i++) {
                    if (timing.day(ts[i] - m) <= day && day <= timing.day(ts[i] + m)) {
                        used += cost[i];
                    }
                }
                if (used + c > limit) {
                    blockedUntilDay = day;
                }
            }
            // Retry once the instant minus the margin has entered the day after the last full one.
            return blockedUntilDay == Long.MIN_VALUE ? now : timing.dayStart(blockedUntilDay + 1) + m;
        }

        void prune(long now, QuotaTiming timing) {
            int keepFrom;
            if (!calendar) {
                long reach = windowMillis + timing.marginMillis();
                keepFrom = 0;
                while (keepFrom < size && ts[keepFrom] + reach <= now) {
                    keepFrom++;
                }
            } else {
                long m = timing.marginMillis();
                long today = timing.day(now - m);
                keepFrom = 0;
                while (keepFrom < size && timing.day(ts[keepFrom] + m) < today) {
                    keepFrom++;
                }
            }
            if (keepFrom > 0) {
                System.arraycopy(ts, keepFrom, ts, 0, size - keepFrom);
                System.arraycopy(cost, keepFrom, cost, 0, size - keepFrom);
                size -= keepFrom;
            }
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        counters.forEach((id, c) -> parts.add(id + "=" + c.size + " buckets"));
        return "SlidingLog" + parts;
    }
}
