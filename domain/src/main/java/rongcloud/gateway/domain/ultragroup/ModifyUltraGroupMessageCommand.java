package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;
import rongcloud.gateway.domain.message.MessageContent;
import rongcloud.gateway.domain.validation.Check;

/** Replace the content of an ultra-group message (its type cannot change; at most 128 KB). */
public record ModifyUltraGroupMessageCommand(String groupId, Optional<String> channelId, String fromUserId,
                                             String messageUid, MessageContent content) {
    public ModifyUltraGroupMessageCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.userId("from_user_id", fromUserId);
        UltraGroupChecks.messageUid(check, "message_uid", messageUid);
        if (content == null) {
            check.violation("content", "is required: set one of text, image, voice, file, location, rich_text, command, custom, raw");
        } else {
            content.check(check, "content");
            int bytes = Check.bytes(content.json() == null ? "" : content.json());
            check.that(bytes <= UltraGroupLimits.CONTENT_MAX_BYTES, "content",
                    "serialised content is at most " + UltraGroupLimits.CONTENT_MAX_BYTES + " bytes, got " + bytes);
        }
        check.validate();
    }
}
