package rongcloud.gateway.application.quota;

import java.time.Duration;
import java.util.Optional;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.port.out.quota.QuotaStoreUnavailableException;

/** A store that can be switched off, standing in for a shared store going down and coming back. */
final class FlakyStore implements QuotaStore {
    final LocalQuotaStore delegate = new LocalQuotaStore();
    volatile boolean down;

    private void check() {
        if (down) {
            throw new QuotaStoreUnavailableException("store is down", new java.net.ConnectException("refused"));
        }
    }

    @Override
    public Optional<Versioned> read(String key) {
        check();
        return delegate.read(key);
    }

    @Override
    public boolean create(String key, byte[] state, Duration lifespan) {
        check();
        return delegate.create(key, state, lifespan);
    }

    @Override
    public boolean replace(String key, long expectedVersion, byte[] state, Duration lifespan) {
        check();
        return delegate.replace(key, expectedVersion, state, lifespan);
    }

    @Override
    public void ping() {
        check();
    }

    @Override
    public String describe() {
        return "flaky";
    }
}
