package rongcloud.gateway.domain.user;

/** A token issued for a user's client SDK. */
public record UserToken(String userId, String token) {
}
