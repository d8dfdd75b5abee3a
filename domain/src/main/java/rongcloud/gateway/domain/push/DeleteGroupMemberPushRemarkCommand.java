package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Delete a member's group push remark. */
public record DeleteGroupMemberPushRemarkCommand(String groupId, String userId) {
    public DeleteGroupMemberPushRemarkCommand {
        PushChecks.groupId(Check.request(), "group_id", groupId).userId("user_id", userId).validate();
    }
}
