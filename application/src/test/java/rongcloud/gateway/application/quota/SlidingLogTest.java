package rongcloud.gateway.application.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.quota.CostUnit;
import rongcloud.gateway.domain.quota.QuotaRule;
import rongcloud.gateway.domain.quota.Window;

/** The algorithm alone, with explicit instants (a controllable clock). */
class SlidingLogTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuotaTiming NO_MARGIN = new QuotaTiming(Duration.ZERO, SHANGHAI);
    private static final QuotaTiming MARGIN_25 = new QuotaTiming(Duration.ofMillis(25), SHANGHAI);

    /** Random arrival instants and costs: whatever the instants, no interval of W + margin exceeds the limit. */
    @Test
    void slidingPropertyHoldsForRandomArrivals() {
        Random random = new Random(42);
        for (int round = 0; round < 40; round++) {
            long limit = 1 + random.nextInt(200);
            Window window = random.nextBoolean() ? Window.SECOND : Window.MINUTE;
            QuotaTiming timing = random.nextBoolean() ? NO_MARGIN : MARGIN_25;
            List<QuotaRule> rules = List.of(QuotaRule.of(limit, window, CostUnit.USER));
            SlidingLog log = SlidingLog.empty();
            List<Windows.Grant> grants = new ArrayList<>();
            long t = 1_700_000_000_000L;
            long end = t + window.millis() * 10;
            long maxCost = Math.max(1, limit / 3);
            while (t < end) {
                // Bursts and gaps: arrivals from 0 to a tenth of a window apart, several at one instant.
                t += random.nextInt(4) == 0 ? 0 : random.nextInt((int) Math.max(1, window.millis() / 10));
                long cost = 1 + random.nextInt((int) maxCost);
                SlidingLog copy = SlidingLog.decode(log.encode()); // as a store would hand it over
                if (copy.decide(rules, new long[] {cost}, t, timing).granted()) {
                    copy.record(rules, new long[] {cost}, t);
                    copy.prune(t, timing);
                    log = copy;
                    grants.add(new Windows.Grant(t, cost));
                }
            }
            long length = window.millis() + timing.marginMillis();
            assertThat(Windows.maxInAnyInterval(grants, length))
                    .as("round %d: limit %d per %s", round, limit, window.code()).isLessThanOrEqualTo(limit);
        }
    }

    /** Under saturation a unit is reused as soon as it leaves the window: the rate is limit per (W + margin). */
    @Test
    void saturationUsesTheWholeBudget() {
        List<QuotaRule> rules = List.of(QuotaRule.of(100, Window.SECOND, CostUnit.REQUEST));
        SlidingLog log = SlidingLog.empty();
        long start = 1_700_000_000_000L;
        long t = start;
        int granted = 0;
        while (t < start + 10_000) {
            SlidingLog.Decision d = log.decide(rules, new long[] {1}, t, MARGIN_25);
            if (d.granted()) {
                log.record(rules, new long[] {1}, t);
                granted++;
            } else {
                assertThat(d.retryAt()).isGreaterThan(t);
                t = d.retryAt(); // a waiting caller wakes exactly then
            }
        }
        // 10 s at 100 per 1.025 s = 975.6
        assertThat(granted).isBetween(975, 1000);
    }

    @Test
    void retryAtIsWhenEnoughUnitsLeaveTheWindow() {
        List<QuotaRule> rules = List.of(QuotaRule.of(10, Window.SECOND, CostUnit.USER));
        SlidingLog log = SlidingLog.empty();
        long t0 = 1_700_000_000_000L;
        log.record(rules, new long[] {4}, t0);
        log.record(rules, new long[] {4}, t0 + 100);
        log.record(rules, new long[] {2}, t0 + 200);
        SlidingLog.Decision d = log.decide(rules, new long[] {5}, t0 + 300, MARGIN_25);
        assertThat(d.granted()).isFalse();
        assertThat(d.retryAt()).isEqualTo(t0 + 100 + 1025); // both 4s must leave
        assertThat(log.decide(rules, new long[] {5}, t0 + 1125, MARGIN_25).granted()).isTrue();
        assertThat(log.decide(rules, new long[] {11}, t0 + 5000, MARGIN_25).retryAt()).isEqualTo(SlidingLog.NEVER);
    }

    @Test
    void hourWindow() {
        List<QuotaRule> rules = List.of(QuotaRule.of(2, Window.HOUR, CostUnit.REQUEST));
        SlidingLog log = SlidingLog.empty();
        long t0 = ZonedDateTime.of(2025, 3, 1, 9, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
        log.record(rules, new long[] {1}, t0);
        log.record(rules, new long[] {1}, t0 + Duration.ofMinutes(10).toMillis());
        SlidingLog.Decision d = log.decide(rules, new long[] {1}, t0 + Duration.ofMinutes(20).toMillis(), MARGIN_25);
        assertThat(d.granted()).isFalse();
        // Bucketing rounds up to W/1000 = 3.6 s: t0 is a multiple of it, so the first grant leaves at t0 + 1 h + 25 ms.
        assertThat(d.retryAt()).isEqualTo(t0 + Duration.ofHours(1).toMillis() + 25);
        assertThat(log.decide(rules, new long[] {1}, d.retryAt() - 1, MARGIN_25).granted()).isFalse();
        assertThat(log.decide(rules, new long[] {1}, d.retryAt(), MARGIN_25).granted()).isTrue();
    }

    /** 3 per calendar day: the fourth waits for midnight in Asia/Shanghai (16:00 UTC), plus the margin. */
    @Test
    void calendarDayResetsAtShanghaiMidnight() {
        List<QuotaRule> rules = List.of(QuotaRule.of(2, Window.HOUR, CostUnit.REQUEST),
                QuotaRule.of(3, Window.CALENDAR_DAY, CostUnit.REQUEST));
        long[] one = {1, 1};
        SlidingLog log = SlidingLog.empty();
        for (int hour : new int[] {8, 12, 16}) {
            long t = ZonedDateTime.of(2025, 3, 1, hour, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
            assertThat(log.decide(rules, one, t, MARGIN_25).granted()).isTrue();
            log.record(rules, one, t);
        }
        long evening = ZonedDateTime.of(2025, 3, 1, 22, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
        SlidingLog.Decision d = log.decide(rules, one, evening, MARGIN_25);
        assertThat(d.granted()).isFalse();
        assertThat(d.blockingRule()).isEqualTo(1);
        long midnight = ZonedDateTime.of(2025, 3, 2, 0, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
        assertThat(midnight).isEqualTo(java.time.Instant.parse("2025-03-01T16:00:00Z").toEpochMilli());
        assertThat(d.retryAt()).isEqualTo(midnight + 25);
        assertThat(log.decide(rules, one, midnight + 24, MARGIN_25).granted()).isFalse();
        assertThat(log.decide(rules, one, midnight + 25, MARGIN_25).granted()).isTrue();
        // Same instants in UTC: the day has not turned yet at 16:00 UTC + 25 ms.
        QuotaTiming utc = new QuotaTiming(Duration.ofMillis(25), ZoneId.of("UTC"));
        assertThat(log.decide(rules, one, midnight + 25, utc).granted()).isFalse();
    }

    /** A grant within the margin of midnight may land on either day at RongCloud: it counts on both. */
    @Test
    void grantNearMidnightCountsOnBothDays() {
        List<QuotaRule> rules = List.of(QuotaRule.of(1, Window.CALENDAR_DAY, CostUnit.REQUEST));
        long midnight = ZonedDateTime.of(2025, 3, 2, 0, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
        SlidingLog log = SlidingLog.empty();
        log.record(rules, new long[] {1}, midnight - 10);
        assertThat(log.decide(rules, new long[] {1}, midnight + 30, MARGIN_25).granted()).isFalse();
        assertThat(log.decide(rules, new long[] {1}, midnight + Duration.ofHours(23).toMillis(), MARGIN_25).granted()).isFalse();
        long nextMidnight = ZonedDateTime.of(2025, 3, 3, 0, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
        assertThat(log.decide(rules, new long[] {1}, nextMidnight + 25, MARGIN_25).granted()).isTrue();
        // And one granted the day before, far from midnight, no longer counts after it.
        SlidingLog other = SlidingLog.empty();
        other.record(rules, new long[] {1}, midnight - Duration.ofHours(1).toMillis());
        assertThat(other.decide(rules, new long[] {1}, midnight + 25, MARGIN_25).granted()).isTrue();
        other.prune(midnight + 25, MARGIN_25);
        assertThat(other.isEmpty()).isTrue();
    }

    @Test
    void bucketsBoundTheStateWhateverTheLimit() {
        List<QuotaRule> rules = List.of(QuotaRule.of(6000, Window.MINUTE, CostUnit.RECIPIENT));
        SlidingLog log = SlidingLog.empty();
        long t = 1_700_000_000_000L;
        for (int i = 0; i < 6000; i++) {
            t += 10; // one recipient every 10 ms: 6000 grants in a minute
            log.record(rules, new long[] {1}, t);
            log.prune(t, MARGIN_25);
        }
        assertThat(log.used(rules.get(0), t, MARGIN_25)).isEqualTo(6000);
        assertThat(log.encode().length).as("encoded bytes").isLessThan(4_000); // ~1000 buckets of 60 ms
        SlidingLog back = SlidingLog.decode(log.encode());
        assertThat(back.used(rules.get(0), t, MARGIN_25)).isEqualTo(6000);
        assertThat(back.decide(rules, new long[] {1}, t, MARGIN_25).granted()).isFalse();
    }

    @Test
    void mergeAndUnrecord() {
        List<QuotaRule> rules = List.of(QuotaRule.of(10, Window.SECOND, CostUnit.REQUEST));
        long t = 1_700_000_000_000L;
        SlidingLog shared = SlidingLog.empty();
        shared.record(rules, new long[] {1}, t);
        shared.record(rules, new long[] {1}, t); // another instance, same millisecond
        SlidingLog own = SlidingLog.empty();
        own.record(rules, new long[] {1}, t);
        own.mergeMax(shared);
        assertThat(own.used(rules.get(0), t, NO_MARGIN)).isEqualTo(2); // not 3: own grant is in the shared log too
        own.add(shared);
        assertThat(own.used(rules.get(0), t, NO_MARGIN)).isEqualTo(4);
        own.unrecord(rules, new long[] {4}, t);
        assertThat(own.used(rules.get(0), t, NO_MARGIN)).isZero();
    }
}
