package rongcloud.gateway.domain.error;

import java.util.Map;

/**
 * RongCloud's business codes (common.yaml status_codes) and what each means for a caller: the one table
 * that classifies upstream codes. Area-specific codes are added here as their areas arrive.
 */
public final class RongCloudCode {
    public static final int SUCCESS = 200;
    /** /friend/add.json: the target's permission is "nobody may add" (UNVERIFIED code, see KINDS). */
    public static final int FRIEND_ADD_REFUSED = 25403;
    /** /friend/profile/set.json: the target is not a friend of the user (UNVERIFIED code, see KINDS). */
    public static final int NOT_FRIENDS = 25404;

    private static final Map<Integer, UpstreamErrorKind> KINDS = Map.ofEntries(
            Map.entry(404, UpstreamErrorKind.UNKNOWN_PATH),
            Map.entry(1000, UpstreamErrorKind.TRANSIENT),
            Map.entry(1001, UpstreamErrorKind.GATEWAY_CREDENTIALS_REJECTED),
            Map.entry(1002, UpstreamErrorKind.INVALID_REQUEST),
            Map.entry(1003, UpstreamErrorKind.INVALID_REQUEST),
            Map.entry(1004, UpstreamErrorKind.GATEWAY_CREDENTIALS_REJECTED),
            Map.entry(1005, UpstreamErrorKind.INVALID_REQUEST),
            Map.entry(1006, UpstreamErrorKind.APP_NOT_ENABLED),
            Map.entry(1007, UpstreamErrorKind.METHOD_FORBIDDEN),
            Map.entry(1008, UpstreamErrorKind.RATE_LIMITED),
            Map.entry(1009, UpstreamErrorKind.APP_NOT_ENABLED),
            Map.entry(1015, UpstreamErrorKind.NOT_FOUND),
            Map.entry(1016, UpstreamErrorKind.RATE_LIMITED),
            Map.entry(1050, UpstreamErrorKind.TRANSIENT),
            Map.entry(2007, UpstreamErrorKind.RATE_LIMITED),
            // friend area. UNVERIFIED: RongCloud documents no server code for these cases; the emulator answers
            // them with these codes (FriendEndpoints) until the real ones are known.
            Map.entry(FRIEND_ADD_REFUSED, UpstreamErrorKind.STATE_CONFLICT),
            Map.entry(NOT_FRIENDS, UpstreamErrorKind.NOT_FOUND));

    private RongCloudCode() {
    }

    public static UpstreamErrorKind kindOf(int code) {
        return KINDS.getOrDefault(code, UpstreamErrorKind.UNKNOWN);
    }
}
