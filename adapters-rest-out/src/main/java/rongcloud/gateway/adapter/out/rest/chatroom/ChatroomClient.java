package rongcloud.gateway.adapter.out.rest.chatroom;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.ChatroomIdsResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.EntriesResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.ExistResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.ExistsResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.InfoResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.LegacyQueryResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.MembersResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.MessageWhitelistResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.ObjectNamesResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.RestrictedResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.StatusCheckResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.UserIdsResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.UsersResponse;

/**
 * RongCloud's chatroom endpoints, exactly as catalogued (chatroom.yaml). Every body is a form built by
 * {@link ChatroomRestAdapter} with RongCloud's field names (repeated fields for multi-value parameters, JSON
 * text for json parameters, {@code chatroom[<id>]} fields for the deprecated create); endpoints without
 * parameters send an empty form, as the docs and SDKs do.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface ChatroomClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/chatroom/create_new.json")
    StatusResponse createChatroom(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/destroy/set.json")
    StatusResponse setChatroomDestroyType(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/destroy.json")
    StatusResponse destroyChatroom(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/get.json")
    InfoResponse getChatroomInfo(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/correlation/rtc.json")
    StatusResponse bindChatroomToRtcRoom(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/create.json")
    StatusResponse createChatroomLegacy(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/query.json")
    LegacyQueryResponse queryChatroomsLegacy(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/keepalive/add.json")
    StatusResponse addChatroomKeepalive(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/keepalive/remove.json")
    StatusResponse removeChatroomKeepalive(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/keepalive/query.json")
    ChatroomIdsResponse queryChatroomKeepalive(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/query.json")
    MembersResponse queryChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/exist.json")
    ExistResponse checkChatroomMember(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/users/exist.json")
    ExistsResponse checkChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/gag/add.json")
    StatusResponse muteChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/gag/rollback.json")
    StatusResponse unmuteChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/gag/list.json")
    RestrictedResponse listMutedChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/ban/add.json")
    StatusResponse muteAllChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/ban/rollback.json")
    StatusResponse unmuteAllChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/ban/query.json")
    ChatroomIdsResponse listMutedAllChatrooms(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/ban/check.json")
    StatusCheckResponse checkChatroomMuteAll(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/ban/whitelist/add.json")
    StatusResponse addChatroomMuteAllExceptions(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/ban/whitelist/rollback.json")
    StatusResponse removeChatroomMuteAllExceptions(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/ban/whitelist/query.json")
    UserIdsResponse queryChatroomMuteAllExceptions(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/ban/add.json")
    StatusResponse muteUsersInAllChatrooms(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/ban/remove.json")
    StatusResponse unmuteUsersInAllChatrooms(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/ban/query.json")
    RestrictedResponse listUsersMutedInAllChatrooms(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/block/add.json")
    StatusResponse blockChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/block/rollback.json")
    StatusResponse unblockChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/block/list.json")
    RestrictedResponse listBlockedChatroomMembers(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/entry/set.json")
    StatusResponse setChatroomEntry(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/entry/batch/set.json")
    StatusResponse batchSetChatroomEntries(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/entry/remove.json")
    StatusResponse removeChatroomEntry(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/entry/batch/remove.json")
    StatusResponse batchRemoveChatroomEntries(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/entry/query.json")
    EntriesResponse queryChatroomEntries(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/message/priority/add.json")
    StatusResponse addChatroomLowPriorityMessageTypes(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/message/priority/remove.json")
    StatusResponse removeChatroomLowPriorityMessageTypes(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/message/priority/query.json")
    ObjectNamesResponse queryChatroomLowPriorityMessageTypes(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/whitelist/add.json")
    StatusResponse addChatroomUserWhitelist(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/whitelist/remove.json")
    StatusResponse removeChatroomUserWhitelist(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/user/whitelist/query.json")
    UsersResponse queryChatroomUserWhitelist(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/whitelist/add.json")
    StatusResponse addChatroomMessageWhitelist(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/whitelist/delete.json")
    StatusResponse removeChatroomMessageWhitelist(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/chatroom/whitelist/query.json")
    MessageWhitelistResponse queryChatroomMessageWhitelist(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);
}
