package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;

/** A message to fetch: its UID and, unless it is in the default channel, its channel. */
public record UltraGroupMessageRef(String messageUid, Optional<String> channelId) {
    public UltraGroupMessageRef {
        channelId = UltraGroupChecks.given(channelId);
    }
}
