package rongcloud.gateway.adapter.out.rest.ultragroup;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.ChannelListResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.CreateUserGroupsBody;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.DataIdsResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.ExpansionResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.MessagesResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.NotDisturbResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.StatusFlagResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserEntriesResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserGroupsResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserIdListResponse;

/**
 * RongCloud's ultra-group endpoints, exactly as catalogued (ultragroup.yaml): form bodies, except
 * /ultragroup/usergroup/add.json (JSON). Lists of ids ({@code userIds}, {@code userGroupIds}) are one
 * comma-separated value; {@code msgs}, {@code extraKeyVal} and {@code extraKey} carry JSON text. Null form
 * values are not sent (an absent {@code busChannel} means the whole group or the default channel).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface UltraGroupClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/ultragroup/create.json")
    StatusResponse create(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                          @FormParam("groupId") String groupId, @FormParam("groupName") String groupName);

    @POST
    @Path("/ultragroup/join.json")
    StatusResponse join(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                        @FormParam("groupId") String groupId);

    @POST
    @Path("/ultragroup/quit.json")
    StatusResponse quit(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                        @FormParam("groupId") String groupId);

    @POST
    @Path("/ultragroup/dis.json")
    StatusResponse dismiss(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId);

    @POST
    @Path("/ultragroup/refresh.json")
    StatusResponse refresh(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                           @FormParam("groupName") String groupName);

    @POST
    @Path("/ultragroup/member/exist.json")
    StatusFlagResponse memberExists(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                    @FormParam("userId") String userId);

    @POST
    @Path("/ultragroup/channel/create.json")
    StatusResponse createChannel(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("busChannel") String busChannel, @FormParam("type") int type);

    @POST
    @Path("/ultragroup/channel/del.json")
    StatusResponse deleteChannel(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("busChannel") String busChannel);

    @POST
    @Path("/ultragroup/channel/get.json")
    ChannelListResponse listChannels(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                     @FormParam("page") int page, @FormParam("limit") int limit);

    @POST
    @Path("/ultragroup/channel/type/change.json")
    StatusResponse changeChannelType(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                     @FormParam("busChannel") String busChannel, @FormParam("type") int type);

    @POST
    @Path("/ultragroup/channel/private/users/add.json")
    StatusResponse addPrivateUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                   @FormParam("busChannel") String busChannel, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/channel/private/users/del.json")
    StatusResponse removePrivateUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                      @FormParam("busChannel") String busChannel, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/channel/private/users/get.json")
    UserIdListResponse listPrivateUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                        @FormParam("busChannel") String busChannel, @FormParam("page") int page,
                                        @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/user/channel/query.json")
    DataIdsResponse listUserChannels(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                     @FormParam("userId") String userId, @FormParam("page") int page,
                                     @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/userbanned/add.json")
    StatusResponse mute(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                        @FormParam("busChannel") String busChannel, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/userbanned/del.json")
    StatusResponse unmute(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                          @FormParam("busChannel") String busChannel, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/userbanned/get.json")
    UserEntriesResponse listMuted(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                  @FormParam("busChannel") String busChannel, @FormParam("page") int page,
                                  @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/globalbanned/set.json")
    StatusResponse setMuteAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                              @FormParam("busChannel") String busChannel, @FormParam("status") String status);

    @POST
    @Path("/ultragroup/globalbanned/get.json")
    StatusFlagResponse getMuteAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                  @FormParam("busChannel") String busChannel);

    @POST
    @Path("/ultragroup/banned/whitelist/add.json")
    StatusResponse addWhitelist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                @FormParam("busChannel") String busChannel, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/banned/whitelist/del.json")
    StatusResponse removeWhitelist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                   @FormParam("busChannel") String busChannel, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/banned/whitelist/get.json")
    UserEntriesResponse listWhitelist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                      @FormParam("busChannel") String busChannel, @FormParam("page") int page,
                                      @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/msg/get.json")
    MessagesResponse getMessages(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("msgs") String msgs);

    @POST
    @Path("/ultragroup/msg/modify.json")
    StatusResponse modifyMessage(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("busChannel") String busChannel, @FormParam("fromUserId") String fromUserId,
                                 @FormParam("msgUID") String msgUid, @FormParam("content") String content);

    @POST
    @Path("/ultragroup/hismsg/query.json")
    MessagesResponse queryHistory(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                  @FormParam("busChannel") String busChannel, @FormParam("startTime") long startTime,
                                  @FormParam("endTime") long endTime, @FormParam("fromUserId") String fromUserId,
                                  @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/message/expansion/set.json")
    StatusResponse setExpansion(@HeaderParam(REQUEST_ID) String requestId, @FormParam("msgUID") String msgUid,
                                @FormParam("userId") String userId, @FormParam("busChannel") String busChannel,
                                @FormParam("groupId") String groupId, @FormParam("extraKeyVal") String extraKeyVal);

    @POST
    @Path("/ultragroup/message/expansion/delete.json")
    StatusResponse deleteExpansion(@HeaderParam(REQUEST_ID) String requestId, @FormParam("msgUID") String msgUid,
                                   @FormParam("userId") String userId, @FormParam("busChannel") String busChannel,
                                   @FormParam("groupId") String groupId, @FormParam("extraKey") String extraKey);

    @POST
    @Path("/ultragroup/message/expansion/query.json")
    ExpansionResponse queryExpansion(@HeaderParam(REQUEST_ID) String requestId, @FormParam("msgUID") String msgUid,
                                     @FormParam("busChannel") String busChannel, @FormParam("groupId") String groupId,
                                     @FormParam("pageNo") int pageNo);

    @POST
    @Path("/ultragroup/notdisturb/set.json")
    StatusResponse setNotDisturb(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("busChannel") String busChannel, @FormParam("unpushLevel") int unpushLevel);

    @POST
    @Path("/ultragroup/notdisturb/get.json")
    NotDisturbResponse getNotDisturb(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                     @FormParam("busChannel") String busChannel);

    @POST
    @Path("/ultragroup/usergroup/add.json")
    @Consumes(MediaType.APPLICATION_JSON)
    StatusResponse createUserGroups(@HeaderParam(REQUEST_ID) String requestId, CreateUserGroupsBody body);

    @POST
    @Path("/ultragroup/usergroup/del.json")
    StatusResponse deleteUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                    @FormParam("userGroupIds") String userGroupIds);

    @POST
    @Path("/ultragroup/usergroup/query.json")
    UserGroupsResponse listUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                      @FormParam("page") int page, @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/usergroup/user/add.json")
    StatusResponse addUserGroupMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                       @FormParam("userGroupId") String userGroupId, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/usergroup/user/del.json")
    StatusResponse removeUserGroupMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                          @FormParam("userGroupId") String userGroupId, @FormParam("userIds") String userIds);

    @POST
    @Path("/ultragroup/user/usergroup/query.json")
    DataIdsResponse listUserUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                       @FormParam("userId") String userId, @FormParam("page") int page,
                                       @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/channel/usergroup/bind.json")
    StatusResponse bindChannelUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                         @FormParam("busChannel") String busChannel,
                                         @FormParam("userGroupIds") String userGroupIds);

    @POST
    @Path("/ultragroup/channel/usergroup/unbind.json")
    StatusResponse unbindChannelUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                           @FormParam("busChannel") String busChannel,
                                           @FormParam("userGroupIds") String userGroupIds);

    @POST
    @Path("/ultragroup/channel/usergroup/query.json")
    DataIdsResponse listChannelUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                          @FormParam("busChannel") String busChannel, @FormParam("page") int page,
                                          @FormParam("pageSize") int pageSize);

    @POST
    @Path("/ultragroup/usergroup/channel/query.json")
    DataIdsResponse listUserGroupChannels(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                          @FormParam("userGroupId") String userGroupId, @FormParam("page") int page,
                                          @FormParam("pageSize") int pageSize);
}
