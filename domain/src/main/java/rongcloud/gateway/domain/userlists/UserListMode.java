package rongcloud.gateway.domain.userlists;

/** The list mode of one user. */
public record UserListMode(String userId, ListMode mode) {
}
