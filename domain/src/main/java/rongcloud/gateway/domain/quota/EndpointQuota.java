package rongcloud.gateway.domain.quota;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quota of one catalog entry (one upstream path and operation).
 *
 * @param path       upstream path, e.g. {@code /user/getToken.json}
 * @param op         the catalog's operation name (several share /push.json and /message/recall.json)
 * @param area       the catalog area
 * @param pool       the shared budget the entry spends, when it shares one with other paths
 * @param adjustable RongCloud raises the limit on request
 * @param rules      every rule must hold; unscoped ones count against {@link #budget()}, scoped ones per scope value
 */
public record EndpointQuota(String path, String op, String area, Optional<String> pool, boolean adjustable,
                            List<QuotaRule> rules) {
    public EndpointQuota {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(pool, "pool");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(path + " " + op + ": no quota rule");
        }
    }

    /** The name of the budget the unscoped rules count against: the pool, else the path itself. */
    public String budget() {
        return pool.orElse(path);
    }

    /** The rules of the budget itself (no scope). */
    public List<QuotaRule> budgetRules() {
        return rules.stream().filter(r -> r.scope().isEmpty()).toList();
    }

    /** The sub-limits of one scope. */
    public List<QuotaRule> scopeRules(String scope) {
        return rules.stream().filter(r -> r.scope().filter(scope::equals).isPresent()).toList();
    }

    EndpointQuota withRules(List<QuotaRule> newRules) {
        return new EndpointQuota(path, op, area, pool, adjustable, newRules);
    }
}
