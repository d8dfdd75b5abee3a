package rongcloud.gateway.domain.push;

import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by the push commands. */
final class PushChecks {
    /** Documented for /group/create.json; applied wherever a group id is sent (one id space). */
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9]+");
    /** conversationType of the Do Not Disturb endpoints: "1 | 3 | 6 | 10". */
    static final Set<ConversationType> DND_TYPES = Set.of(ConversationType.PRIVATE, ConversationType.GROUP,
            ConversationType.SYSTEM, ConversationType.ULTRA_GROUP);

    private PushChecks() {
    }

    static Check groupId(Check check, String field, String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return check.violation(field, "is required");
        }
        check.that(Check.bytes(groupId) <= PushLimits.GROUP_ID_MAX_BYTES, field,
                "at most " + PushLimits.GROUP_ID_MAX_BYTES + " bytes");
        return check.that(GROUP_ID.matcher(groupId).matches(), field, "only letters and digits are allowed");
    }

    static Check remark(Check check, String field, String remark) {
        return check.chars(field, remark, true, Integer.MAX_VALUE);
    }

    static Check conversation(Check check, ConversationType type, String targetId) {
        ConversationType.check(check, "conversation_type", type, DND_TYPES);
        return check.chars("target_id", targetId, true, PushLimits.TARGET_ID_MAX_CHARS);
    }

    /** A level to set: any but null (unset). */
    static Check level(Check check, String field, DoNotDisturbLevel level) {
        return check.that(level != null, field, "is required");
    }

    /** busChannel: "ultra group only". */
    static Check busChannel(Check check, ConversationType type, java.util.Optional<String> busChannel) {
        return check.that(busChannel.isEmpty() || type == ConversationType.ULTRA_GROUP, "bus_channel",
                "is only allowed for ULTRA_GROUP conversations");
    }
}
