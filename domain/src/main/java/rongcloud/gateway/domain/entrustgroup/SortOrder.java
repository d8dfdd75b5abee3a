package rongcloud.gateway.domain.entrustgroup;

/** Order of RongCloud's paged hosted-group lists (by creation or join time); {@code code} is its order value. */
public enum SortOrder {
    ASCENDING(0), DESCENDING(1);

    private final int code;

    SortOrder(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
