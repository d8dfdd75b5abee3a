package rongcloud.gateway.domain.friend;

import java.util.Optional;

/** Who may add a user as a friend; {@code wire} is RongCloud's permissionType. */
public enum FriendPermission {
    ANYONE(1),
    NEEDS_VERIFICATION(2),
    NOBODY(3);

    private final int wire;

    FriendPermission(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** Empty for 0 ("not set, the app default applies"), a blank or an unknown value. */
    public static Optional<FriendPermission> ofWire(String type) {
        for (FriendPermission p : values()) {
            if (type != null && type.trim().equals(Integer.toString(p.wire))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
