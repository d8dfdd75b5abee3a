package rongcloud.gateway.application.quota;

import java.time.Instant;

/** A clock that moves only when the test advances it: sleepers block until then. */
final class ManualClock implements QuotaClock {
    private long now;
    private int sleepers;

    ManualClock(Instant start) {
        this.now = start.toEpochMilli();
    }

    @Override
    public synchronized long millis() {
        return now;
    }

    @Override
    public synchronized void sleepUntil(long epochMillis) throws InterruptedException {
        sleepers++;
        try {
            while (now < epochMillis) {
                wait();
            }
        } finally {
            sleepers--;
        }
    }

    synchronized void set(long epochMillis) {
        now = Math.max(now, epochMillis);
        notifyAll();
    }

    synchronized int sleepers() {
        return sleepers;
    }
}
