package rongcloud.gateway.adapter.out.rest.entrustgroup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/**
 * Wire shapes of the hosted-group endpoints (catalog entrust-group.yaml, response fields). The JSON documents
 * (groupProfile, groupExtProfile, permissions) are read as {@link JsonNode}: RongCloud sends them inside
 * strings, {@link EntrustGroupJson} also accepts them as objects.
 */
final class EntrustGroupDtos {
    private EntrustGroupDtos() {
    }

    /** profiles[] of /entrust/group/profile/query.json; the Chinese docs call groupName "name": both read. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupEntry(String groupId, String groupName, String name, JsonNode groupProfile, JsonNode groupExtProfile,
                      JsonNode permissions, String owner, Long createTime, Integer memberCount) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfilesResponse(Integer code, String errorMessage, List<GroupEntry> profiles) implements RongCloudResponse {
    }

    /** /entrust/group/join.json answers the group's fields at the top level. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record JoinResponse(Integer code, String errorMessage, String groupId, String name, JsonNode groupProfile,
                        JsonNode groupExtProfile, JsonNode permissions, String owner, Long createTime,
                        Integer memberCount, String remarkName) implements RongCloudResponse {
        GroupEntry entry() {
            return new GroupEntry(groupId, null, name, groupProfile, groupExtProfile, permissions, owner, createTime,
                    memberCount);
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManagersResponse(Integer code, String errorMessage, List<String> userIds, Integer managerCount)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberEntry(String userId, String nickname, Integer role, Long time, String extra) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MembersPageResponse(Integer code, String errorMessage, Integer totalCount, String pageToken,
                               List<MemberEntry> members) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MembersResponse(Integer code, String errorMessage, List<MemberEntry> members) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowEntry(String userId, Long timestamp) {
    }

    /** The docs' example says followedMembers, their table and both SDKs members: both read. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowedResponse(Integer code, String errorMessage, List<FollowEntry> members,
                            List<FollowEntry> followedMembers) implements RongCloudResponse {
        List<FollowEntry> all() {
            return members != null ? members : followedMembers == null ? List.of() : followedMembers;
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemarkNameResponse(Integer code, String errorMessage, String remarkName) implements RongCloudResponse {
    }

    /** groups[] of /entrust/group/query.json: the docs' table says groupProfile, example and SDKs portraitUrl. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupListEntry(String groupId, String name, String creator, String owner, Long time, String portraitUrl,
                          JsonNode groupProfile) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupsPageResponse(Integer code, String errorMessage, String pageToken, List<GroupListEntry> groups)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record JoinedEntry(String groupId, String name, String remarkName, JsonNode groupProfile, JsonNode groupExtProfile,
                       JsonNode permissions, Long createTime, Long joinTime, Integer role, Integer count, String owner) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record JoinedPageResponse(Integer code, String errorMessage, Integer totalCount, String pageToken,
                              List<JoinedEntry> groups) implements RongCloudResponse {
    }
}
