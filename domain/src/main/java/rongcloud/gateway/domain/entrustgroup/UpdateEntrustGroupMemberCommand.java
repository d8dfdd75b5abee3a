package rongcloud.gateway.domain.entrustgroup;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Set a member's nickname in a hosted group and, when given, its extra data. */
public record UpdateEntrustGroupMemberCommand(String groupId, String userId, String nickname, Optional<String> extra) {
    public UpdateEntrustGroupMemberCommand {
        extra = extra == null ? Optional.empty() : extra;
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        EntrustGroupChecks.text(check, "nickname", nickname, true, EntrustGroupLimits.NICKNAME_MAX_CHARS);
        extra.ifPresent(e -> EntrustGroupChecks.text(check, "extra", e, false, EntrustGroupLimits.EXTRA_MAX_CHARS));
        check.validate();
    }
}
