package rongcloud.gateway.adapter.out.rest.friend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.friend.FriendDtos.CheckResponse;
import rongcloud.gateway.adapter.out.rest.friend.FriendDtos.FriendsResponse;
import rongcloud.gateway.adapter.out.rest.friend.FriendDtos.PermissionsResponse;

/**
 * RongCloud's friend endpoints, exactly as catalogued (friend.yaml): id lists are ONE comma-joined form
 * field here (targetIds=id2,id3); JSON documents travel as text; null values are not sent.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface FriendClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/friend/add.json")
    StatusResponse add(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                       @FormParam("targetId") String targetId, @FormParam("optType") Integer optType,
                       @FormParam("extra") String extra);

    // Catalog conflict: the docs' example writes targetId=id2,id3 (singular); the table and both SDKs use targetIds.
    @POST
    @Path("/friend/delete.json")
    StatusResponse delete(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                          @FormParam("targetIds") String commaJoinedTargetIds);

    @POST
    @Path("/friend/clean.json")
    StatusResponse clean(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId);

    /** remarkName: an empty value is sent (it clears the remark); null is not sent. */
    @POST
    @Path("/friend/profile/set.json")
    StatusResponse setProfile(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                              @FormParam("targetId") String targetId, @FormParam("remarkName") String remarkName,
                              @FormParam("friendExtProfile") String friendExtProfileJson);

    // size/order are typed String in the docs; both SDKs send numbers, as here.
    @POST
    @Path("/friend/get.json")
    FriendsResponse get(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                        @FormParam("pageToken") String pageToken, @FormParam("size") int size,
                        @FormParam("order") int order);

    @POST
    @Path("/friend/check.json")
    CheckResponse check(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                        @FormParam("targetIds") String commaJoinedTargetIds);

    @POST
    @Path("/friend/permission/set.json")
    StatusResponse setPermission(@HeaderParam(REQUEST_ID) String requestId,
                                 @FormParam("userIds") String commaJoinedUserIds,
                                 @FormParam("permissionType") int permissionType);

    @POST
    @Path("/friend/permission/get.json")
    PermissionsResponse getPermission(@HeaderParam(REQUEST_ID) String requestId,
                                      @FormParam("userIds") String commaJoinedUserIds);
}
