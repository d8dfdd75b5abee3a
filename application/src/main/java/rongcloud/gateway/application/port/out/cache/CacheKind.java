package rongcloud.gateway.application.port.out.cache;

/**
 * What the gateway caches, one local cache per kind, each with its own size bound and TTLs
 * ({@code gateway.cache.<id>.*}). Keys are user ids, group ids, chatroom ids,
 * {@code group/user}, {@code group/channel}, or {@link #WHOLE_LIST} for the
 * app-wide lists that are fetched whole.
 */
public enum CacheKind {
    /** /user/info.json per user. */
    USER_INFO("user-info"),
    /** Hosted user profile per user (/user/profile/batch/query.json). */
    USER_PROFILE("user-profile"),
    /** Tags per user (/user/tags/get.json). */
    USER_TAGS("user-tags"),
    /** The app's whole list of blocked (banned) users, key {@link #WHOLE_LIST} (/user/block/query.json, paged). */
    BLOCKED_USERS("blocked-users"),
    /** A user's whole block list ("blacklist") per owner (/user/blacklist/query.json, paged). */
    BLACKLIST("blacklist"),
    /** A user's whole allow list per owner (/user/whitelist/query.json, paged). */
    ALLOWLIST("allowlist"),
    /** A user's list mode (blacklist or allow-list mode) per user (/user/whitesetting/query.json). */
    LIST_MODE("list-mode"),
    /** The app's whole list of users muted in one-to-one chat, key {@link #WHOLE_LIST} (/user/chat/fb/querylist.json). */
    PRIVATE_CHAT_MUTES("private-chat-mutes"),
    /** Muted members per group id, and users muted in all groups under {@link #WHOLE_LIST} (/group/user/gag/list.json). */
    GROUP_MEMBER_MUTES("group-member-mutes"),
    /** Mute-all state per group (/group/ban/query.json). */
    GROUP_MUTE_ALL("group-mute-all"),
    /** The mute-all allow list per group (/group/user/ban/whitelist/query.json). */
    GROUP_MUTE_ALLOWLIST("group-mute-allowlist"),
    /** Hosted group profile per group (/entrust/group/profile/query.json). */
    GROUP_PROFILE("group-profile"),
    /** Hosted group member profile per {@code group/user} (/entrust/group/member/specific/query.json). */
    GROUP_MEMBER("group-member"),
    /**
     * Muted users (with the end of each mute) per chatroom id, and users muted in every chatroom under
     * {@link #WHOLE_LIST} (/chatroom/user/gag/list.json; /chatroom/user/ban/query.json).
     */
    CHATROOM_MEMBER_MUTES("chatroom-member-mutes"),
    /** Mute-all state per chatroom (/chatroom/ban/check.json). */
    CHATROOM_MUTE_ALL("chatroom-mute-all"),
    /** The mute-all exception list per chatroom (/chatroom/user/ban/whitelist/query.json). */
    CHATROOM_MUTE_ALL_EXCEPTIONS("chatroom-mute-all-exceptions"),
    /** Banned (blocked) users with the end of each ban, per chatroom (/chatroom/user/block/list.json). */
    CHATROOM_BLOCKS("chatroom-blocks"),
    /** Muted users per {@link #channelKey} (/ultragroup/userbanned/get.json, paged). */
    ULTRAGROUP_MEMBER_MUTES("ultragroup-member-mutes"),
    /** Mute-all state per {@link #channelKey} (/ultragroup/globalbanned/get.json). */
    ULTRAGROUP_MUTE_ALL("ultragroup-mute-all"),
    /** The mute-all allow list per {@link #channelKey} (/ultragroup/banned/whitelist/get.json, paged). */
    ULTRAGROUP_MUTE_ALLOWLIST("ultragroup-mute-allowlist");

    /** The key of a list that is fetched whole (blocked users, one-to-one mutes, users muted in all groups). */
    public static final String WHOLE_LIST = "*";

    private final String id;

    CacheKind(String id) {
        this.id = id;
    }

    /** The kind's name in configuration, metrics and invalidation events. */
    public String id() {
        return id;
    }

    public static CacheKind ofId(String id) {
        for (CacheKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown cache kind " + id);
    }

    /**
     * Key of an ultra-group entry: the group id for the group-wide state (no channel), {@code group/channel} for a
     * channel's; {@code group/*} in an invalidation drops every channel of the group.
     */
    public static String channelKey(String groupId, java.util.Optional<String> channelId) {
        return channelId.map(c -> groupId + "/" + c).orElse(groupId);
    }

    /** Key of a hosted group member entry. */
    public static String memberKey(String groupId, String userId) {
        return groupId + "/" + userId;
    }
}
