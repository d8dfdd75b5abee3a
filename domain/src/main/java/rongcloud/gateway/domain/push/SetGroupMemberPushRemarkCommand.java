package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Set the name a member has as sender in the group's push notifications. */
public record SetGroupMemberPushRemarkCommand(String groupId, String userId, String remark) {
    public SetGroupMemberPushRemarkCommand {
        Check check = Check.request();
        PushChecks.groupId(check, "group_id", groupId).userId("user_id", userId);
        PushChecks.remark(check, "remark", remark).validate();
    }
}
