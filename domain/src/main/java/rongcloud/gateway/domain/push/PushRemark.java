package rongcloud.gateway.domain.push;

/** The name {@code targetUserId} has as sender in a recipient's push notifications. */
public record PushRemark(String targetUserId, String remark) {
}
