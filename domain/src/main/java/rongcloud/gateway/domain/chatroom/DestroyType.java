package rongcloud.gateway.domain.chatroom;

/** How a chatroom is destroyed automatically: RongCloud's destroyType 0 and 1. */
public enum DestroyType {
    /** After a period without activity (destroyType=0). */
    INACTIVITY(0),
    /** A fixed time after creation (destroyType=1). */
    FIXED_TIME(1);

    private final int code;

    DestroyType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static DestroyType ofCode(int code) {
        return code == 1 ? FIXED_TIME : INACTIVITY;
    }
}
