package rongcloud.gateway.domain.entrustgroup;

import java.time.Instant;
import java.util.Optional;

/** A hosted group as the app-wide listing reports it. */
public record GroupSummary(String groupId, String name, String creatorId, String ownerId,
                           Optional<Instant> createTime, String portraitUrl) {
}
