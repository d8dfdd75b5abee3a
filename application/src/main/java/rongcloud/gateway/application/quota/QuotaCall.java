package rongcloud.gateway.application.quota;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.quota.CostUnit;

/**
 * What one upstream call spends, as a service knows it: the path (and operation, where a path serves several
 * with different quotas), how many users, recipients, targets or attributes it carries, and the scope values
 * of sub-limits. The plan decides which of these counts: a rule in requests costs 1 whatever is given, so give
 * every count the call has. Immutable; e.g.
 * <pre>{@code
 * quota.acquire(ctx, QuotaCall.of("/user/deactivate.json").users(command.userIds().size()));
 * quota.acquire(ctx, QuotaCall.of("/message/ultragroup/publish.json").targets(groups.size())
 *         .scope("per-channel", group + "/" + channel, 1));
 * }</pre>
 */
public final class QuotaCall {
    private final String path;
    private final Optional<String> op;
    private final Map<CostUnit, Amount> amounts;
    private final List<ScopeUse> scopes;

    /** A count of units and the request field that carries them (named in INVALID_ARGUMENT answers). */
    public record Amount(long count, String field) {
    }

    /** A sub-limit this call counts against: the scope's name, its value (e.g. "group/channel"), the units. */
    public record ScopeUse(String scope, String value, long count) {
    }

    private QuotaCall(String path, Optional<String> op, Map<CostUnit, Amount> amounts, List<ScopeUse> scopes) {
        this.path = path;
        this.op = op;
        this.amounts = amounts;
        this.scopes = scopes;
    }

    /** A call to an upstream path, exactly as catalogued (e.g. {@code /user/getToken.json}). */
    public static QuotaCall of(String path) {
        return new QuotaCall(Objects.requireNonNull(path, "path"), Optional.empty(), Map.of(), List.of());
    }

    /** Names the catalog operation, needed only where one path serves operations with different quotas. */
    public QuotaCall op(String operation) {
        return new QuotaCall(path, Optional.of(operation), amounts, scopes);
    }

    /** The call carries {@code count} units, sent in the request field {@code field}. */
    public QuotaCall units(CostUnit unit, long count, String field) {
        if (count < 0) {
            throw new IllegalArgumentException("a quota count cannot be negative");
        }
        Map<CostUnit, Amount> copy = new EnumMap<>(CostUnit.class);
        copy.putAll(amounts);
        copy.put(unit, new Amount(count, field));
        return new QuotaCall(path, op, Collections.unmodifiableMap(copy), scopes);
    }

    /** User ids carried, in field {@code user_ids}. */
    public QuotaCall users(long count) {
        return units(CostUnit.USER, count, "user_ids");
    }

    public QuotaCall users(long count, String field) {
        return units(CostUnit.USER, count, field);
    }

    public QuotaCall recipients(long count, String field) {
        return units(CostUnit.RECIPIENT, count, field);
    }

    public QuotaCall targets(long count, String field) {
        return units(CostUnit.TARGET, count, field);
    }

    public QuotaCall attributes(long count, String field) {
        return units(CostUnit.ATTRIBUTE, count, field);
    }

    /** Counts {@code count} units against the sub-limit {@code scope} for {@code value}. */
    public QuotaCall scope(String scope, String value, long count) {
        List<ScopeUse> copy = new ArrayList<>(scopes);
        copy.add(new ScopeUse(scope, value == null ? "" : value, count));
        return new QuotaCall(path, op, amounts, List.copyOf(copy));
    }

    public String path() {
        return path;
    }

    public Optional<String> operation() {
        return op;
    }

    public Optional<Amount> amount(CostUnit unit) {
        return Optional.ofNullable(amounts.get(unit));
    }

    public List<ScopeUse> scopes() {
        return scopes;
    }

    @Override
    public String toString() {
        return "QuotaCall[" + path + op.map(o -> " " + o).orElse("") + " " + amounts + " " + scopes + "]";
    }
}
