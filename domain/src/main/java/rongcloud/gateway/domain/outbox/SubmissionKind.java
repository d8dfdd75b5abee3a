package rongcloud.gateway.domain.outbox;

/** Which send a queued submission performs when it is delivered (the same use case as the direct RPC). */
public enum SubmissionKind {
    PRIVATE_MESSAGE,
    GROUP_MESSAGE,
    SYSTEM_MESSAGE,
    PRIVATE_TEMPLATE_MESSAGE,
    PRIVATE_STATUS_MESSAGE,
    GROUP_STATUS_MESSAGE,
    ULTRA_GROUP_MESSAGE,
    CHATROOM_MESSAGE,
    SYSTEM_TEMPLATE_MESSAGE
}
