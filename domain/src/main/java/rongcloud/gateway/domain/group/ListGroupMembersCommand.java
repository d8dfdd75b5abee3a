package rongcloud.gateway.domain.group;

import rongcloud.gateway.domain.validation.Check;

/** List the members of a group. */
public record ListGroupMembersCommand(String groupId) {
    public ListGroupMembersCommand {
        GroupChecks.groupId(Check.request(), "group_id", groupId).validate();
    }
}
