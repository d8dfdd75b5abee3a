package rongcloud.gateway.domain.chatroom;

/** Documented limits of the chatroom endpoints (catalog chatroom.yaml). */
public final class ChatroomLimits {
    /** Chatroom ids: "max 64 characters" (legacy create doc, Java SDK); bytes, like every RongCloud id. */
    public static final int CHATROOM_ID_MAX_BYTES = 64;
    /** /chatroom/create_new.json and /chatroom/destroy/set.json: destroyTime in minutes. */
    public static final int DESTROY_MIN_MINUTES = 60;
    public static final int DESTROY_MAX_MINUTES = 10_080;
    /** /chatroom/create_new.json whiteUserIds. */
    public static final int CREATE_MAX_MUTE_ALL_EXCEPTIONS = 20;
    /** /chatroom/destroy.json documents no maximum: the gateway's own cap. */
    public static final int DESTROY_MAX_CHATROOMS = 100;
    /** /chatroom/create.json: up to 100 chatrooms per call. */
    public static final int LEGACY_CREATE_MAX_CHATROOMS = 100;
    /** /chatroom/query.json: at most 20 chatrooms per call. */
    public static final int LEGACY_QUERY_MAX_CHATROOMS = 20;
    /** /chatroom/user/query.json count: 1..500. */
    public static final int MEMBERS_MAX_COUNT = 500;
    /** /chatroom/users/exist.json: at most 1000 user ids. */
    public static final int EXIST_MAX_USERS = 1000;
    /** Mutes, bans, mute-all exceptions, app-wide mutes: at most 20 user ids per call. */
    public static final int MUTE_MAX_USERS = 20;
    public static final int MUTE_MIN_MINUTES = 1;
    public static final int MUTE_MAX_MINUTES = 43_200;
    /** /chatroom/ban/query.json size: default 50, max 1000. */
    public static final int MUTE_ALL_PAGE_DEFAULT = 50;
    public static final int MUTE_ALL_PAGE_MAX = 1000;
    /** KV keys: max 128 chars of [A-Za-z0-9+=-_]; values max 4096 chars; 20 per batch; 100 keys per query. */
    public static final int ENTRY_KEY_MAX_CHARS = 128;
    public static final int ENTRY_VALUE_MAX_CHARS = 4096;
    public static final int ENTRY_BATCH_MAX = 20;
    public static final int ENTRY_QUERY_MAX_KEYS = 100;
    /** Low-priority message types: at most 5 per call. */
    public static final int PRIORITY_MAX_TYPES = 5;
    /** Protected-user whitelist: at most 5 users. */
    public static final int USER_WHITELIST_MAX_USERS = 5;
    /** Message-type whitelist: at most 20 types per call, each max 32 characters. */
    public static final int MESSAGE_WHITELIST_MAX_TYPES = 20;
    public static final int OBJECT_NAME_MAX_CHARS = 32;

    private ChatroomLimits() {
    }
}
