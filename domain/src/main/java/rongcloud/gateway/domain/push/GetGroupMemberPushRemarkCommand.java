package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Get a member's group push remark. */
public record GetGroupMemberPushRemarkCommand(String groupId, String userId) {
    public GetGroupMemberPushRemarkCommand {
        PushChecks.groupId(Check.request(), "group_id", groupId).userId("user_id", userId).validate();
    }
}
