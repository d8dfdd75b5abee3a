package rongcloud.gateway.domain.group;

import rongcloud.gateway.domain.validation.Check;

/** List a group's mute-all allow list. */
public record ListGroupMuteWhitelistCommand(String groupId) {
    public ListGroupMuteWhitelistCommand {
        GroupChecks.groupId(Check.request(), "group_id", groupId).validate();
    }
}
