package rongcloud.gateway.domain.friend;

/** How /friend/add.json treats the target's permission; {@code wire} is RongCloud's optType. */
public enum AddFriendMode {
    FOLLOW_PERMISSION(1),
    DIRECT(2);

    private final int wire;

    AddFriendMode(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }
}
