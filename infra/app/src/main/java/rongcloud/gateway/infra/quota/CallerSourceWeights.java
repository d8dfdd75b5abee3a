package rongcloud.gateway.infra.quota;

import java.util.function.Supplier;
import rongcloud.gateway.application.port.out.quota.CallerWeights;
import rongcloud.gateway.domain.access.Caller;
import rongcloud.gateway.infra.auth.CallerSource;

/**
 * Caller weights from the current callers ({@code gateway.auth.callers.<name>.weight}, reloaded with the callers
 * file); an unknown caller (e.g. "anonymous" with authentication off) weighs 1. The source is looked up on first
 * use, so an unused callers configuration never affects the quota gate's start-up.
 */
final class CallerSourceWeights implements CallerWeights {
    private final Supplier<CallerSource> lookup;
    private volatile CallerSource source;

    CallerSourceWeights(Supplier<CallerSource> lookup) {
        this.lookup = lookup;
    }

    @Override
    public int weightOf(String callerId) {
        CallerSource s = source;
        if (s == null) {
            s = lookup.get();
            source = s;
        }
        return s.get().caller(callerId).map(Caller::weight).orElse(1);
    }
}
