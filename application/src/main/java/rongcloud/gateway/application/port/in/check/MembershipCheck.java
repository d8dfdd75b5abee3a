package rongcloud.gateway.application.port.in.check;

/** Whether {@code userId} is on the list asked about. */
public record MembershipCheck(String userId, boolean listed) {
}
