package rongcloud.gateway.adapter.out.rest.chatroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the chatroom endpoints (catalog chatroom.yaml, response fields; names exactly as sent). */
final class ChatroomDtos {
    private ChatroomDtos() {
    }

    /** /chatroom/get.json; {@code ban} = mute-all on (all three SDKs); createTime in epoch milliseconds. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InfoResponse(Integer code, String errorMessage, String chatroomId, Long createTime, Integer memberCount,
                        Integer destroyType, Integer destroyTime, Boolean ban) implements RongCloudResponse {
    }

    /** /chatroom/query.json: {@code time} is yyyy-MM-dd HH:mm:ss in the data center's zone. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LegacyEntry(String chrmId, String name, String time) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LegacyQueryResponse(Integer code, String errorMessage, List<LegacyEntry> chatRooms)
            implements RongCloudResponse {
    }

    /** /chatroom/keepalive/query.json and /chatroom/ban/query.json. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatroomIdsResponse(Integer code, String errorMessage, List<String> chatroomIds) implements RongCloudResponse {
    }

    /** {@code time} = join time. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberEntry(String id, String time) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MembersResponse(Integer code, String errorMessage, Integer total, List<MemberEntry> users)
            implements RongCloudResponse {
    }

    /** /chatroom/user/exist.json: a boolean. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExistResponse(Integer code, String errorMessage, Boolean isInChrm) implements RongCloudResponse {
    }

    /** /chatroom/users/exist.json: isInChrm is 1 or 0 here. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExistEntry(String userId, Integer isInChrm) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExistsResponse(Integer code, String errorMessage, List<ExistEntry> result) implements RongCloudResponse {
    }

    /** Mutes and bans: {@code time} = when it ends. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RestrictedEntry(String userId, String time) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RestrictedResponse(Integer code, String errorMessage, List<RestrictedEntry> users)
            implements RongCloudResponse {
    }

    /** /chatroom/ban/check.json: 1 = mute-all on (the Java SDK reads a string; Jackson takes both). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusCheckResponse(Integer code, String errorMessage, Integer status) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserIdsResponse(Integer code, String errorMessage, List<String> userIds) implements RongCloudResponse {
    }

    /** /chatroom/entry/query.json: autoDelete is "0"/"1" in the doc example (an int in the Java SDK). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntryItem(String key, String value, String userId, String autoDelete, String lastSetTime) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntriesResponse(Integer code, String errorMessage, List<EntryItem> keys) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectNamesResponse(Integer code, String errorMessage, List<String> objectNames) implements RongCloudResponse {
    }

    /** /chatroom/user/whitelist/query.json: plain user ids. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsersResponse(Integer code, String errorMessage, List<String> users) implements RongCloudResponse {
    }

    /** /chatroom/whitelist/query.json: the field really is spelled {@code whitlistMsgType}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageWhitelistResponse(Integer code, String errorMessage, List<String> whitlistMsgType)
            implements RongCloudResponse {
    }
}
