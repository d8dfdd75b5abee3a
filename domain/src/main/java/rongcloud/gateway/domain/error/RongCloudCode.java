package rongcloud.gateway.domain.error;

import java.util.Map;

/**
 * RongCloud's business codes (common.yaml status_codes) and what each means for a caller: the one table
 * that classifies upstream codes. Area-specific codes are added here as their areas arrive.
 */
public final class RongCloudCode {
    public static final int SUCCESS = 200;
    /** /friend/add.json: the target's permission is "nobody may add" (UNVERIFIED code, see KINDS). */
    public static final int FRIEND_ADD_REFUSED = 25461;
    /** /friend/profile/set.json: the target is not a friend of the user (UNVERIFIED code, see KINDS). */
    public static final int NOT_FRIENDS = 25462;
    /** /chatroom/get.json and other chatroom endpoints: the chatroom does not exist (documented). */
    public static final int CHATROOM_NOT_FOUND = 23410;
    /** /chatroom/entry/set.json: a chatroom holds at most 100 attributes (UNVERIFIED code, see KINDS). */
    public static final int CHATROOM_ENTRIES_FULL = 23424;

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
            // group, group-mute: the Server API docs list no group codes; 22406 is RongCloud's NOT_IN_GROUP
            Map.entry(22406, UpstreamErrorKind.STATE_CONFLICT),
            // ultragroup: 24406 = users not in the ultra group (catalog, private channel users add)
            Map.entry(24406, UpstreamErrorKind.STATE_CONFLICT),
            // hosted (entrust) groups; numbers and meanings from RongCloud's RCErrorCode (IMLib 5.12)
            Map.entry(25402, UpstreamErrorKind.TRANSIENT),          // hosting service failed
            Map.entry(25403, UpstreamErrorKind.INVALID_REQUEST),    // hosting service parameter error
            Map.entry(25404, UpstreamErrorKind.STATE_CONFLICT),     // illegal operation (permissions by a non-owner)
            Map.entry(25405, UpstreamErrorKind.STATE_CONFLICT),     // no permission for the operation
            Map.entry(25406, UpstreamErrorKind.INVALID_REQUEST),    // parameter too long
            Map.entry(25407, UpstreamErrorKind.INVALID_REQUEST),    // illegal characters
            Map.entry(25408, UpstreamErrorKind.INVALID_REQUEST),    // value must be a number
            Map.entry(25409, UpstreamErrorKind.STATE_CONFLICT),     // group id already exists
            Map.entry(25410, UpstreamErrorKind.NOT_FOUND),          // group id does not exist
            Map.entry(25411, UpstreamErrorKind.RATE_LIMITED),       // member count over the limit
            Map.entry(25412, UpstreamErrorKind.STATE_CONFLICT),     // user already in the group
            Map.entry(25414, UpstreamErrorKind.STATE_CONFLICT),     // nobody may join
            Map.entry(25415, UpstreamErrorKind.INVALID_REQUEST),    // unknown custom attribute key
            Map.entry(25416, UpstreamErrorKind.RATE_LIMITED),       // query frequency over the limit
            Map.entry(25417, UpstreamErrorKind.STATE_CONFLICT),     // the owner cannot quit or be kicked
            Map.entry(25418, UpstreamErrorKind.STATE_CONFLICT),     // user not in the group
            Map.entry(25419, UpstreamErrorKind.RATE_LIMITED),       // manager / follow count over the limit
            Map.entry(25420, UpstreamErrorKind.STATE_CONFLICT),     // user is not a manager
            Map.entry(25422, UpstreamErrorKind.INVALID_REQUEST),    // too many groups queried
            Map.entry(25423, UpstreamErrorKind.INVALID_REQUEST),    // group name empty
            Map.entry(25425, UpstreamErrorKind.STATE_CONFLICT),     // the owner cannot be a manager
            Map.entry(25429, UpstreamErrorKind.STATE_CONFLICT),     // legacy group: import it first
            Map.entry(25430, UpstreamErrorKind.INVALID_REQUEST),    // group id with illegal characters
            Map.entry(25432, UpstreamErrorKind.INVALID_REQUEST),    // page token not understood
            // friend area. UNVERIFIED: RongCloud documents no server code for these cases; the emulator answers
            // them with these codes (FriendState) until the real ones are known. Kept clear of the 254xx codes
            // of hosted groups above.
            Map.entry(FRIEND_ADD_REFUSED, UpstreamErrorKind.STATE_CONFLICT),
            Map.entry(NOT_FRIENDS, UpstreamErrorKind.NOT_FOUND),
            // chatroom: 23410 "chatroom does not exist" is documented (/chatroom/get.json); 23424 (attribute count
            // over the limit of 100 per chatroom) is RongCloud's client code for it, UNVERIFIED for the Server API
            Map.entry(CHATROOM_NOT_FOUND, UpstreamErrorKind.NOT_FOUND),
            Map.entry(CHATROOM_ENTRIES_FULL, UpstreamErrorKind.RATE_LIMITED));

    private RongCloudCode() {
    }

    public static UpstreamErrorKind kindOf(int code) {
        return KINDS.getOrDefault(code, UpstreamErrorKind.UNKNOWN);
    }
}
