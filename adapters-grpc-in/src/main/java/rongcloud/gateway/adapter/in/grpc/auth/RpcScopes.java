package rongcloud.gateway.adapter.in.grpc.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import rongcloud.gateway.domain.access.Scope;

/**
 * The one rule that says which scope an RPC needs, so that a new area or RPC needs no code:
 * <ul>
 *   <li>area: the service's simple name without {@code Service}, in snake_case
 *       ({@code rongcloud.gateway.v1.GroupMuteService} → {@code group_mute});</li>
 *   <li>access: {@code read} when the method name starts with one of {@link #READ_PREFIXES} followed by an
 *       upper-case letter ({@code GetUserInfo}, {@code ListBlockedUsers}, {@code BatchGetEntrustGroups},
 *       {@code CheckUserOnline}), {@code write} otherwise ({@code BlockUsers}, {@code SyncUserGroups});</li>
 *   <li>exceptions: an override per full method name ({@code rongcloud.gateway.v1.UserService/X} → a scope).</li>
 * </ul>
 */
public final class RpcScopes {
    public static final List<String> READ_PREFIXES = List.of("Get", "List", "Check", "Query", "BatchGet", "Is", "BatchIs",
            "Count", "Search");

    private final Map<String, Scope> overrides;
    private final Map<String, Scope> cache = new ConcurrentHashMap<>();

    /** @param overrides required scope by full method name ({@code package.Service/Method}) */
    public RpcScopes(Map<String, Scope> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The scope a call of {@code fullMethodName} ({@code package.Service/Method}) requires. */
    public Scope required(String fullMethodName) {
        return cache.computeIfAbsent(Objects.requireNonNull(fullMethodName, "fullMethodName"), this::derive);
    }

    private Scope derive(String fullMethodName) {
        Scope override = overrides.get(fullMethodName);
        if (override != null) {
            return override;
        }
        int slash = fullMethodName.lastIndexOf('/');
        String service = slash < 0 ? fullMethodName : fullMethodName.substring(0, slash);
        String method = slash < 0 ? "" : fullMethodName.substring(slash + 1);
        return new Scope(area(service), isRead(method) ? Scope.READ : Scope.WRITE);
    }

    /** {@code rongcloud.gateway.v1.EntrustGroupService} → {@code entrust_group}. */
    static String area(String service) {
        String simple = service.substring(service.lastIndexOf('.') + 1);
        if (simple.endsWith("Service") && simple.length() > "Service".length()) {
            simple = simple.substring(0, simple.length() - "Service".length());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        String area = sb.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return area.isEmpty() || !Character.isLetter(area.charAt(0)) ? "unknown" : area;
    }

    static boolean isRead(String method) {
        for (String prefix : READ_PREFIXES) {
            if (method.startsWith(prefix)
                    && (method.length() == prefix.length() || Character.isUpperCase(method.charAt(prefix.length())))) {
                return true;
            }
        }
        return false;
    }
}
