package rongcloud.gateway.domain.ultragroup;

import java.time.Instant;
import java.util.Optional;

/** A channel of an ultra group. */
public record UltraGroupChannel(String channelId, UltraGroupChannelType type, Optional<Instant> createTime) {
}
