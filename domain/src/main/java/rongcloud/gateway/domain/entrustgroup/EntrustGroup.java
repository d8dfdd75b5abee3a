package rongcloud.gateway.domain.entrustgroup;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A hosted group as RongCloud reports it. */
public record EntrustGroup(String groupId, String name, String ownerId, GroupProfile profile,
                           GroupPermissions permissions, Map<String, String> extProfile,
                           Optional<Instant> createTime, int memberCount) {
    public EntrustGroup {
        extProfile = Map.copyOf(extProfile);
    }
}
