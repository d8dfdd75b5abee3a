package rongcloud.gateway.application.quota;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A controllable clock: time moves only when a test advances it or a caller sleeps. */
final class FakeClock implements QuotaClock {
    private final AtomicLong now;

    FakeClock(Instant start) {
        this.now = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public long millis() {
        return now.get();
    }

    @Override
    public void sleepUntil(long epochMillis) {
        now.accumulateAndGet(epochMillis, Math::max);
    }

    void advance(long millis) {
        now.addAndGet(millis);
    }

    void set(Instant instant) {
        now.set(instant.toEpochMilli());
    }
}
