package rongcloud.gateway.domain.ultragroup;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A message of an ultra group as RongCloud returns it; content is its JSON text. */
public record UltraGroupMessage(String groupId, Optional<String> channelId, String fromUserId, String messageUid,
                                Optional<Instant> sentTime, String objectName, String contentJson, boolean expansion,
                                Map<String, String> extraContent) {
    public UltraGroupMessage {
        extraContent = Map.copyOf(extraContent);
    }
}
