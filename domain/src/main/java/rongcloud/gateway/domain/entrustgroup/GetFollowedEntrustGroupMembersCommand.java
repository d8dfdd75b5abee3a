package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** List the members a member follows in a hosted group. */
public record GetFollowedEntrustGroupMembersCommand(String groupId, String userId) {
    public GetFollowedEntrustGroupMembersCommand {
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }
}
