package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;

/** The default push level of an ultra group (no channel) or of one channel. */
public record UltraGroupDefaultNotDisturb(String groupId, Optional<String> channelId, UltraGroupPushLevel level) {
}
