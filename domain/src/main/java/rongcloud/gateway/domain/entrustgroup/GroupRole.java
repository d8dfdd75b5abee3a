package rongcloud.gateway.domain.entrustgroup;

/** A member's role in a hosted group (RongCloud's numbers differ per endpoint: the REST adapter maps them). */
public enum GroupRole {
    MEMBER, MANAGER, OWNER
}
