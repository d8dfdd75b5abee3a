package rongcloud.gateway.domain.message;

/** RongCloud's id of a sent message for one recipient user or target group. */
public record SentMessage(String targetId, String messageUid) {
}
