package rongcloud.gateway.domain.friend;

/**
 * The relation between a user and {@code userId}, as RongCloud's result number: {@link #NONE} (1) or
 * {@link #MUTUAL} (4); 2 and 3 are documented as reserved and passed on unchanged.
 */
public record FriendRelation(String userId, int result) {
    public static final int NONE = 1;
    public static final int MUTUAL = 4;
}
