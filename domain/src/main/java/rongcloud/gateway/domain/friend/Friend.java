package rongcloud.gateway.domain.friend;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A friend as its owner sees it. */
public record Friend(String userId, String name, String remarkName, Map<String, String> extProfile,
                     Optional<Instant> addedAt) {
    public Friend {
        extProfile = Map.copyOf(extProfile);
    }
}
