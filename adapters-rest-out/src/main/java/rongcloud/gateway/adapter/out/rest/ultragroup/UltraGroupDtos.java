package rongcloud.gateway.adapter.out.rest.ultragroup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the ultra-group endpoints (catalog ultragroup.yaml, response fields). */
final class UltraGroupDtos {
    private UltraGroupDtos() {
    }

    /** member/exist.json, globalbanned/get.json: {@code status} true = member / muted. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusFlagResponse(Integer code, String errorMessage, Boolean status) implements RongCloudResponse {
    }

    /** {@code type}: 0 public, 1 private; {@code createTime} is text. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelEntry(String channelId, Integer type, String createTime) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelListResponse(Integer code, String errorMessage, List<ChannelEntry> channelList)
            implements RongCloudResponse {
    }

    /** channel/private/users/get.json: {@code users} is an array of user id strings (Go SDKs). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserIdListResponse(Integer code, String errorMessage, List<String> users) implements RongCloudResponse {
    }

    /** Queries answering {@code data}: an array of id strings. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DataIdsResponse(Integer code, String errorMessage, List<String> data) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserEntry(String id) {
    }

    /** userbanned/get.json, banned/whitelist/get.json: {@code users[].id}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserEntriesResponse(Integer code, String errorMessage, List<UserEntry> users) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserGroupEntry(String userGroupId) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserGroupsResponse(Integer code, String errorMessage, List<UserGroupEntry> userGroups)
            implements RongCloudResponse {
    }

    /** usergroup/add.json is the one JSON-bodied endpoint of the area. */
    @RegisterForReflection
    record CreateUserGroupsBody(String groupId, List<UserGroupEntry> userGroups) {
    }

    /** One element of msg/get.json's {@code msgs} JSON. */
    @RegisterForReflection
    record MessageRefJson(@JsonProperty("msgUID") String msgUid, String busChannel) {
    }

    /**
     * A message of msg/get.json ({@code sentTime}) or hismsg/query.json ({@code msgTime}, Unix ms; the SDKs
     * disagree, both are read). {@code extraContent} is JSON text or an object.
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageEntry(String groupId, String busChannel, String fromUserId, @JsonProperty("msgUID") String msgUid,
                        Long sentTime, Long msgTime, String objectName, String content, Boolean expansion,
                        JsonNode extraContent) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessagesResponse(Integer code, String errorMessage, List<MessageEntry> data) implements RongCloudResponse {
    }

    /** message/expansion/query.json: {@code extraContent.<key>} = {v, ts}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpansionResponse(Integer code, String errorMessage, JsonNode extraContent) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NotDisturbResponse(Integer code, String errorMessage, String groupId, String busChannel, Integer unpushLevel)
            implements RongCloudResponse {
    }
}
