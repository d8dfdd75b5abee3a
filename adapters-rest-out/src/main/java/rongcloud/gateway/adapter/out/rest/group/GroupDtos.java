package rongcloud.gateway.adapter.out.rest.group;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the group and group-mute endpoints (catalog group.yaml, group-mute.yaml, response fields). */
final class GroupDtos {
    private GroupDtos() {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberEntry(String id) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MembersResponse(Integer code, String errorMessage, List<MemberEntry> users) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupEntry(String id, String name) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserGroupsResponse(Integer code, String errorMessage, List<GroupEntry> groups) implements RongCloudResponse {
    }

    /** {@code time} is the end of the mute. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MutedEntry(String userId, String startTime, String time) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MutedMembersResponse(Integer code, String errorMessage, List<MutedEntry> users) implements RongCloudResponse {
    }

    /** {@code stat}: 1 = muted for all, 0 = not. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupInfoEntry(String groupId, Integer stat) {
    }

    /** The key is lower-case {@code groupinfo} (catalog). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MuteAllResponse(Integer code, String errorMessage, List<GroupInfoEntry> groupinfo)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserIdsResponse(Integer code, String errorMessage, List<String> userIds) implements RongCloudResponse {
    }
}
