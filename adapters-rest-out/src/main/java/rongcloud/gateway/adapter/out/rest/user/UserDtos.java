package rongcloud.gateway.adapter.out.rest.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the user-management endpoints (catalog user.yaml, response fields). */
final class UserDtos {
    private UserDtos() {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(Integer code, String errorMessage, String token, String userId) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserInfoResponse(Integer code, String errorMessage, String userName, String userPortrait,
                            String createTime) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OperateIdResponse(Integer code, String errorMessage, String operateId) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserIdsResponse(Integer code, String errorMessage, List<String> users) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BlockedUserEntry(String userId, String blockEndTime) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BlockedUsersResponse(Integer code, String errorMessage, List<BlockedUserEntry> users)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OnlineStatusResponse(Integer code, String errorMessage, String status) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MutedUsersResponse(Integer code, String errorMessage, Integer total, List<String> users)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserTagsResponse(Integer code, String errorMessage, Map<String, List<String>> result)
            implements RongCloudResponse {
    }

    /** JSON body of /user/tag/set.json. */
    @RegisterForReflection
    record SetUserTagsBody(String userId, List<String> tags) {
    }

    /** JSON body of /user/tag/batch/set.json. */
    @RegisterForReflection
    record BatchSetUserTagsBody(List<String> userIds, List<String> tags) {
    }
}
