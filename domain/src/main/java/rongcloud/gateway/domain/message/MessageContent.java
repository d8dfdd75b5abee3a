package rongcloud.gateway.domain.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/**
 * The content of a message: RongCloud's built-in types as records (field names of RongCloud's content JSON
 * as in the official server SDK's io.rong.messages classes: TxtMessage, ImgMessage, HQVoiceMessage,
 * FileMessage, LBSMessage, ImgTextMessage, CmdMsgMessage, UserInfo), a custom type with structured
 * content, or a raw object name + JSON. Sent as {@link #objectName()} + {@link #json()}.
 */
public sealed interface MessageContent {
    String objectName();

    /** The content JSON RongCloud receives. */
    String json();

    /** Checks this content's own fields, reported under {@code field} + "." + the kind's proto name. */
    void check(Check check, String field);

    /** Sender info inside content: {"id","name","portrait","extra"}. */
    record Sender(String id, String name, String portrait, String extra) {
        Map<String, Object> json() {
            return fields("id", id, "name", name, "portrait", portrait, "extra", extra);
        }
    }

    /** An @mention: mentionedInfo {"type": 1 all | 2 some, "userIdList", "mentionedContent"}. */
    record Mention(boolean all, List<String> userIds, String mentionedContent) {
        public Mention {
            userIds = userIds == null ? List.of() : List.copyOf(userIds);
        }

        Map<String, Object> json() {
            return fields("type", all ? 1 : 2, "userIdList", userIds, "mentionedContent", mentionedContent);
        }
    }

    record Text(String content, String extra, Sender user, Mention mention) implements MessageContent {
        public String objectName() {
            return "RC:TxtMsg";
        }

        public String json() {
            return JsonText.write(fields("content", content, "extra", extra, "user", user == null ? null : user.json(),
                    "mentionedInfo", mention == null ? null : mention.json()));
        }

        public void check(Check check, String field) {
            check.chars(field + ".text.content", content, true, Integer.MAX_VALUE);
            sender(check, field + ".text.user", user);
            if (mention != null && !mention.all()) {
                check.ids(field + ".text.mention.user_ids", mention.userIds(), MessageLimits.DIRECTED_MAX_USERS, "user id");
            }
        }
    }

    record Image(String thumbnailBase64, String imageUri, String extra, Sender user) implements MessageContent {
        public String objectName() {
            return "RC:ImgMsg";
        }

        public String json() {
            return JsonText.write(fields("content", thumbnailBase64, "imageUri", imageUri, "extra", extra,
                    "user", user == null ? null : user.json()));
        }

        public void check(Check check, String field) {
            uri(check, field + ".image.image_uri", imageUri, true);
            sender(check, field + ".image.user", user);
        }
    }

    record Voice(String remoteUrl, int durationSeconds, String extra, Sender user) implements MessageContent {
        public String objectName() {
            return "RC:HQVCMsg";
        }

        public String json() {
            return JsonText.write(fields("remoteUrl", remoteUrl, "duration", durationSeconds, "extra", extra,
                    "user", user == null ? null : user.json()));
        }

        public void check(Check check, String field) {
            uri(check, field + ".voice.remote_url", remoteUrl, true);
            check.range(field + ".voice.duration_seconds", durationSeconds, 1, MessageLimits.VOICE_MAX_SECONDS);
            sender(check, field + ".voice.user", user);
        }
    }

    record File(String name, long size, String type, String fileUrl, String extra) implements MessageContent {
        public String objectName() {
            return "RC:FileMsg";
        }

        public String json() {
            return JsonText.write(fields("name", name, "size", size, "type", type, "fileUrl", fileUrl, "extra", extra));
        }

        public void check(Check check, String field) {
            check.chars(field + ".file.name", name, true, Integer.MAX_VALUE);
            check.that(size >= 0, field + ".file.size", "must not be negative");
            uri(check, field + ".file.file_url", fileUrl, true);
        }
    }

    record Location(String thumbnailBase64, double latitude, double longitude, String poi, String extra, Sender user)
            implements MessageContent {
        public String objectName() {
            return "RC:LBSMsg";
        }

        public String json() {
            return JsonText.write(fields("content", thumbnailBase64, "latitude", latitude, "longitude", longitude,
                    "poi", poi, "extra", extra, "user", user == null ? null : user.json()));
        }

        public void check(Check check, String field) {
            check.that(latitude >= -90 && latitude <= 90, field + ".location.latitude", "must be between -90 and 90");
            check.that(longitude >= -180 && longitude <= 180, field + ".location.longitude", "must be between -180 and 180");
            check.chars(field + ".location.poi", poi, true, Integer.MAX_VALUE);
            sender(check, field + ".location.user", user);
        }
    }

    record RichText(String title, String content, String imageUri, String url, String extra, Sender user)
            implements MessageContent {
        public String objectName() {
            return "RC:ImgTextMsg";
        }

        public String json() {
            return JsonText.write(fields("title", title, "content", content, "imageUri", imageUri, "url", url,
                    "extra", extra, "user", user == null ? null : user.json()));
        }

        public void check(Check check, String field) {
            check.chars(field + ".rich_text.title", title, true, Integer.MAX_VALUE);
            check.chars(field + ".rich_text.content", content, true, Integer.MAX_VALUE);
            uri(check, field + ".rich_text.image_uri", imageUri, false);
            uri(check, field + ".rich_text.url", url, false);
            sender(check, field + ".rich_text.user", user);
        }
    }

    record Command(String name, String data) implements MessageContent {
        public String objectName() {
            return "RC:CmdMsg";
        }

        public String json() {
            return JsonText.write(fields("name", name, "data", data));
        }

        public void check(Check check, String field) {
            check.chars(field + ".command.name", name, true, Integer.MAX_VALUE);
        }
    }

    /** A custom type: {@code content} holds JSON values (String, Number, Boolean, null, Map, List). */
    record Custom(String objectName, Map<String, Object> content) implements MessageContent {
        public String json() {
            return JsonText.write(content == null ? Map.of() : content);
        }

        public void check(Check check, String field) {
            check.chars(field + ".custom.object_name", objectName, true, MessageLimits.OBJECT_NAME_MAX_CHARS);
            check.that(objectName == null || !objectName.startsWith(MessageLimits.BUILT_IN_PREFIX),
                    field + ".custom.object_name", "custom types must not start with '" + MessageLimits.BUILT_IN_PREFIX
                            + "' (built-in types have their own fields; use raw for unmodelled ones)");
            check.notNull(field + ".custom.content", content);
        }
    }

    /** The escape hatch: any object name with its content JSON as is. */
    record Raw(String objectName, String json) implements MessageContent {
        public void check(Check check, String field) {
            check.chars(field + ".raw.object_name", objectName, true, MessageLimits.OBJECT_NAME_MAX_CHARS);
            String j = json == null ? "" : json.strip();
            check.that(j.startsWith("{") && j.endsWith("}"), field + ".raw.json", "must be a JSON object");
        }
    }

    /** Checks a required content: set, valid, and at most 128 KB once serialised. */
    static void validate(Check check, String field, MessageContent content) {
        if (content == null) {
            check.violation(field, "is required: set one of text, image, voice, file, location, rich_text, command, custom, raw");
            return;
        }
        content.check(check, field);
        String json = content.json();
        int bytes = json == null ? 0 : Check.bytes(json);
        check.that(bytes <= MessageLimits.CONTENT_MAX_BYTES, field,
                "serialised content is at most " + MessageLimits.CONTENT_MAX_BYTES + " bytes, got " + bytes);
    }

    private static void sender(Check check, String field, Sender user) {
        if (user != null) {
            check.userId(field + ".id", user.id());
        }
    }

    private static void uri(Check check, String field, String uri, boolean required) {
        if (uri == null || uri.isEmpty()) {
            check.that(!required, field, "is required");
        } else if (!uri.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+$")) {
            check.violation(field, "must be an absolute URL such as https://host/file");
        }
    }

    /** An ordered map of name/value pairs. */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
