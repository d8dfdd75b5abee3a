package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Add up to 100 members to a member's "members I follow" list. */
public record FollowEntrustGroupMembersCommand(String groupId, String userId, List<String> followUserIds) {
    public FollowEntrustGroupMembersCommand {
        followUserIds = followUserIds == null ? List.of() : List.copyOf(followUserIds);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.userIds("follow_user_ids", followUserIds, EntrustGroupLimits.MEMBERS_MAX_PER_REQUEST);
        check.validate();
    }
}
