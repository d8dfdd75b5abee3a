package rongcloud.gateway.application.quota;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Wall-clock time for quotas (epoch milliseconds: instances compare instants, and calendar days need the
 * date), and waiting until an instant. Tests substitute a controllable clock.
 */
public interface QuotaClock {
    long millis();

    /** Blocks until {@link #millis()} reaches {@code epochMillis}. */
    void sleepUntil(long epochMillis) throws InterruptedException;

    static QuotaClock system() {
        return SystemClock.INSTANCE;
    }

    /** {@link System#currentTimeMillis()} and parking. */
    enum SystemClock implements QuotaClock {
        INSTANCE;

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleepUntil(long epochMillis) throws InterruptedException {
            long left;
            while ((left = epochMillis - System.currentTimeMillis()) > 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(left));
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    }
}
