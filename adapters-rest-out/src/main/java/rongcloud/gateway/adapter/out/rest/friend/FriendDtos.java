package rongcloud.gateway.adapter.out.rest.friend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the friend endpoints (catalog friend.yaml, response fields). */
final class FriendDtos {
    private FriendDtos() {
    }

    /** friendExtProfile is JSON text per the docs; a JSON object is read as well. time: ms since the epoch. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FriendEntry(String userId, String name, String remarkName, JsonNode friendExtProfile, Long time) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FriendsResponse(Integer code, String errorMessage, String pageToken, Integer totalCount,
                           List<FriendEntry> friendList) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckEntry(String userId, Integer result) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckResponse(Integer code, String errorMessage, List<CheckEntry> results) implements RongCloudResponse {
    }

    /** type: a number per the docs, a string in the Java SDK; read as text. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PermissionEntry(String userId, String type) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PermissionsResponse(Integer code, String errorMessage, List<PermissionEntry> permissionSettings)
            implements RongCloudResponse {
    }
}
