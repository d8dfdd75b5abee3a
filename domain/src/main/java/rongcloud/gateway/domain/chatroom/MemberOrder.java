package rongcloud.gateway.domain.chatroom;

/** Order of a chatroom member list by join time: RongCloud's order 1 and 2. */
public enum MemberOrder {
    JOIN_ASCENDING(1),
    JOIN_DESCENDING(2);

    private final int code;

    MemberOrder(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
