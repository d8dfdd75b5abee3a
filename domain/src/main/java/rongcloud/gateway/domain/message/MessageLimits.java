package rongcloud.gateway.domain.message;

/** Documented limits of the message endpoints (catalog message.yaml): the one place they live. */
public final class MessageLimits {
    /** content: "at most 128 KB" of serialised JSON. */
    public static final int CONTENT_MAX_BYTES = 128 * 1024;
    /** objectName of custom types: at most 32 characters, not starting with "RC:". */
    public static final int OBJECT_NAME_MAX_CHARS = 32;
    public static final String BUILT_IN_PREFIX = "RC:";
    public static final int PRIVATE_MAX_RECIPIENTS = 1000;
    public static final int GROUP_MAX_TARGETS = 3;
    public static final int ULTRA_GROUP_MAX_TARGETS = 3;
    /** /message/chatroom/publish.json: "recommended at most 10 chatrooms"; the gateway enforces it. */
    public static final int CHATROOM_MAX_TARGETS = 10;
    /** Directed group messages: no documented maximum; the gateway caps them like one-to-one sends. */
    public static final int DIRECTED_MAX_USERS = 1000;
    /** Ultra-group channel id (busChannel): letters and digits, at most 20 (Go SDK comment). */
    public static final int CHANNEL_ID_MAX_CHARS = 20;
    public static final int EXPANSION_MAX_KEYS_PER_REQUEST = 100;
    public static final int EXPANSION_KEY_MAX_CHARS = 32;
    public static final int EXPANSION_VALUE_MAX_CHARS = 4096;
    /** /message/expansion/query.json answers pages of 300 entries. */
    public static final int EXPANSION_PAGE_SIZE = 300;
    /** RC:HQVCMsg: clients record at most 60 seconds. */
    public static final int VOICE_MAX_SECONDS = 60;
    /** Conversation target ids: at most 64 characters (SDK: Java validation). */
    public static final int TARGET_ID_MAX_CHARS = 64;

    private MessageLimits() {
    }
}
