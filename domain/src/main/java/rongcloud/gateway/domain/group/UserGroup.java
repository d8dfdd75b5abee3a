package rongcloud.gateway.domain.group;

/** A group a user belongs to, with its push name. */
public record UserGroup(String groupId, String groupName) {
}
