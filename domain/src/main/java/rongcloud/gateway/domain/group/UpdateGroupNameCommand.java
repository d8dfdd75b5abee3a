package rongcloud.gateway.domain.group;

import rongcloud.gateway.domain.validation.Check;

/** Change the push name of a group. */
public record UpdateGroupNameCommand(String groupId, String groupName) {
    public UpdateGroupNameCommand {
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        GroupChecks.groupName(check, "group_name", groupName).validate();
    }
}
