package rongcloud.gateway.adapter.out.rest.entrustgroup;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.FollowedResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.GroupsPageResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.JoinResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.JoinedPageResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.ManagersResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.MembersPageResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.MembersResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.ProfilesResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.RemarkNameResponse;

/**
 * RongCloud's hosted-group endpoints, exactly as catalogued (entrust-group.yaml). Id lists are sent as one
 * form field per value (userIds=a&userIds=b): the catalog notes both this (docs examples, PHP SDK) and one
 * comma-joined value (Java/Go SDKs); the repeated form is the documented one. JSON documents (groupProfile,
 * permissions, groupExtProfile) are form fields holding JSON text. Null form values are not sent.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface EntrustGroupClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/entrust/group/create.json")
    StatusResponse createGroup(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                               @FormParam("name") String name, @FormParam("owner") String owner,
                               @FormParam("userIds") List<String> userIds,
                               @FormParam("groupProfile") String groupProfile,
                               @FormParam("permissions") String permissions,
                               @FormParam("groupExtProfile") String groupExtProfile);

    /** The group name travels inside groupProfile (docs); the SDKs' extra top-level name is not sent. */
    @POST
    @Path("/entrust/group/profile/update.json")
    StatusResponse updateGroupProfile(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                      @FormParam("groupProfile") String groupProfile,
                                      @FormParam("permissions") String permissions,
                                      @FormParam("groupExtProfile") String groupExtProfile);

    @POST
    @Path("/entrust/group/profile/query.json")
    ProfilesResponse queryProfiles(@HeaderParam(REQUEST_ID) String requestId,
                                   @FormParam("groupIds") List<String> groupIds);

    @POST
    @Path("/entrust/group/join.json")
    JoinResponse join(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                      @FormParam("userIds") List<String> userIds);

    @POST
    @Path("/entrust/group/import.json")
    StatusResponse importGroup(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                               @FormParam("name") String name, @FormParam("owner") String owner,
                               @FormParam("groupProfile") String groupProfile,
                               @FormParam("permissions") String permissions,
                               @FormParam("groupExtProfile") String groupExtProfile);

    @POST
    @Path("/entrust/group/quit.json")
    StatusResponse quit(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                        @FormParam("userIds") List<String> userIds, @FormParam("isDelBan") int isDelBan,
                        @FormParam("isDelWhite") int isDelWhite, @FormParam("isDelFollowed") int isDelFollowed);

    @POST
    @Path("/entrust/group/member/kick.json")
    StatusResponse kick(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                        @FormParam("userIds") List<String> userIds, @FormParam("isDelBan") int isDelBan,
                        @FormParam("isDelWhite") int isDelWhite, @FormParam("isDelFollowed") int isDelFollowed);

    @POST
    @Path("/entrust/group/member/kick/all.json")
    StatusResponse kickAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId);

    @POST
    @Path("/entrust/group/dismiss.json")
    StatusResponse dismiss(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId);

    @POST
    @Path("/entrust/group/transfer/owner.json")
    StatusResponse transferOwner(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("newOwner") String newOwner, @FormParam("isQuit") int isQuit,
                                 @FormParam("isDelBan") int isDelBan, @FormParam("isDelWhite") int isDelWhite,
                                 @FormParam("isDelFollowed") int isDelFollowed);

    @POST
    @Path("/entrust/group/manager/add.json")
    ManagersResponse addManagers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("userIds") List<String> userIds);

    @POST
    @Path("/entrust/group/manager/remove.json")
    StatusResponse removeManagers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                  @FormParam("userIds") List<String> userIds);

    @POST
    @Path("/entrust/group/member/query.json")
    MembersPageResponse pageMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                    @FormParam("type") int type, @FormParam("pageToken") String pageToken,
                                    @FormParam("size") int size, @FormParam("order") int order);

    @POST
    @Path("/entrust/group/member/specific/query.json")
    MembersResponse queryMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("userIds") List<String> userIds);

    @POST
    @Path("/entrust/group/member/set.json")
    StatusResponse setMember(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                             @FormParam("userId") String userId, @FormParam("nickname") String nickname,
                             @FormParam("extra") String extra);

    @POST
    @Path("/entrust/group/member/follow.json")
    StatusResponse follow(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                          @FormParam("userId") String userId, @FormParam("followUserIds") List<String> followUserIds);

    @POST
    @Path("/entrust/group/member/unfollow.json")
    StatusResponse unfollow(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                            @FormParam("userId") String userId,
                            @FormParam("followUserIds") List<String> followUserIds);

    @POST
    @Path("/entrust/group/member/followed/get.json")
    FollowedResponse followed(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                              @FormParam("userId") String userId);

    @POST
    @Path("/entrust/group/remarkname/set.json")
    StatusResponse setRemarkName(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                 @FormParam("userId") String userId, @FormParam("remarkName") String remarkName);

    @POST
    @Path("/entrust/group/remarkname/delete.json")
    StatusResponse deleteRemarkName(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                    @FormParam("userId") String userId);

    @POST
    @Path("/entrust/group/remarkname/query.json")
    RemarkNameResponse queryRemarkName(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                       @FormParam("userId") String userId);

    @POST
    @Path("/entrust/group/query.json")
    GroupsPageResponse pageGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("pageToken") String pageToken,
                                  @FormParam("size") int size, @FormParam("order") int order);

    @POST
    @Path("/entrust/joined/group/query.json")
    JoinedPageResponse pageJoinedGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                        @FormParam("role") int role, @FormParam("pageToken") String pageToken,
                                        @FormParam("size") int size, @FormParam("order") int order);
}
