package rongcloud.gateway.domain.userlists;

/** Which list decides who may send a user one-to-one messages; {@code wire} is RongCloud's whiteSetting. */
public enum ListMode {
    BLACKLIST(0),
    ALLOWLIST(1);

    private final int wire;

    ListMode(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** The mode for RongCloud's whiteSetting ("1" allow list, anything else the block list). */
    public static ListMode ofWire(String whiteSetting) {
        return "1".equals(whiteSetting == null ? null : whiteSetting.trim()) ? ALLOWLIST : BLACKLIST;
    }
}
