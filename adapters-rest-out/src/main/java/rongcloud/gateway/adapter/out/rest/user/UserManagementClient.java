package rongcloud.gateway.adapter.out.rest.user;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.BatchSetUserTagsBody;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.BlockedUsersResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.MutedUsersResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.OnlineStatusResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.OperateIdResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.SetUserTagsBody;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.TokenResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.UserIdsResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.UserInfoResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.UserTagsResponse;

/**
 * RongCloud's user-management endpoints, exactly as catalogued (user.yaml): parameter names, repeated
 * form fields ({@code List} parameters are sent once per value) and JSON bodies. Null form values are
 * not sent. Built per host by {@code RongCloudInvoker}; signing is added by its filter.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface UserManagementClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/user/getToken.json")
    TokenResponse registerUser(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                               @FormParam("name") String name, @FormParam("portraitUri") String portraitUri);

    @POST
    @Path("/user/token/expire.json")
    StatusResponse expireUserTokens(@HeaderParam(REQUEST_ID) String requestId,
                                    @FormParam("userId") List<String> userIds, @FormParam("time") long timeMillis);

    @POST
    @Path("/user/info.json")
    UserInfoResponse getUserInfo(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId);

    @POST
    @Path("/user/refresh.json")
    StatusResponse updateUserInfo(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                  @FormParam("name") String name, @FormParam("portraitUri") String portraitUri);

    /** {@code userId} is one comma-joined field here (catalog: both Go SDKs and the Chinese docs). */
    @POST
    @Path("/user/deactivate.json")
    OperateIdResponse deactivateUsers(@HeaderParam(REQUEST_ID) String requestId,
                                      @FormParam("userId") String commaJoinedUserIds);

    @POST
    @Path("/user/deactivate/query.json")
    UserIdsResponse listDeactivatedUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("pageNo") int pageNo,
                                         @FormParam("pageSize") int pageSize);

    /** {@code userId} is one comma-joined field here (doc example userId=uid1,uid2). */
    @POST
    @Path("/user/reactivate.json")
    OperateIdResponse reactivateUsers(@HeaderParam(REQUEST_ID) String requestId,
                                      @FormParam("userId") String commaJoinedUserIds);

    @POST
    @Path("/user/block.json")
    StatusResponse blockUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                              @FormParam("minute") int minutes);

    @POST
    @Path("/user/unblock.json")
    StatusResponse unblockUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds);

    @POST
    @Path("/user/block/query.json")
    BlockedUsersResponse listBlockedUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("page") int page,
                                          @FormParam("size") int size);

    @POST
    @Path("/user/checkOnline.json")
    OnlineStatusResponse checkUserOnline(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId);

    @POST
    @Path("/user/chat/fb/set.json")
    StatusResponse setPrivateChatMute(@HeaderParam(REQUEST_ID) String requestId,
                                      @FormParam("userId") List<String> userIds, @FormParam("state") int state,
                                      @FormParam("type") String type);

    @POST
    @Path("/user/chat/fb/querylist.json")
    MutedUsersResponse listPrivateChatMutedUsers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("num") int num,
                                                 @FormParam("offset") int offset, @FormParam("type") String type);

    @POST
    @Path("/user/tag/set.json")
    @Consumes(MediaType.APPLICATION_JSON)
    StatusResponse setUserTags(@HeaderParam(REQUEST_ID) String requestId, SetUserTagsBody body);

    @POST
    @Path("/user/tag/batch/set.json")
    @Consumes(MediaType.APPLICATION_JSON)
    StatusResponse batchSetUserTags(@HeaderParam(REQUEST_ID) String requestId, BatchSetUserTagsBody body);

    @POST
    @Path("/user/tags/get.json")
    UserTagsResponse getUserTags(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userIds") List<String> userIds);
}
