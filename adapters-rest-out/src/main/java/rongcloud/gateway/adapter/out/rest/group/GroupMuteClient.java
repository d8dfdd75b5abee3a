package rongcloud.gateway.adapter.out.rest.group;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.MuteAllResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.MutedMembersResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.UserIdsResponse;

/**
 * RongCloud's group-mute endpoints, exactly as catalogued (group-mute.yaml): multi-value parameters are
 * repeated form fields. Null form values are not sent (an absent {@code groupId} means "all groups").
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface GroupMuteClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/group/user/gag/add.json")
    StatusResponse muteMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                               @FormParam("groupId") String groupId, @FormParam("minute") int minute);

    @POST
    @Path("/group/user/gag/rollback.json")
    StatusResponse unmuteMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                                 @FormParam("groupId") String groupId);

    @POST
    @Path("/group/user/gag/list.json")
    MutedMembersResponse listMutedMembers(@HeaderParam(REQUEST_ID) String requestId,
                                          @FormParam("groupId") String groupId);

    @POST
    @Path("/group/ban/add.json")
    StatusResponse muteAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") List<String> groupIds);

    @POST
    @Path("/group/ban/rollback.json")
    StatusResponse unmuteAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") List<String> groupIds);

    @POST
    @Path("/group/ban/query.json")
    MuteAllResponse queryMuteAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") List<String> groupIds);

    /** With page/size RongCloud ignores groupId and lists every mute-all group. */
    @POST
    @Path("/group/ban/query.json")
    MuteAllResponse pageMuteAll(@HeaderParam(REQUEST_ID) String requestId, @FormParam("page") int page,
                                @FormParam("size") int size);

    @POST
    @Path("/group/user/ban/whitelist/add.json")
    StatusResponse addWhitelist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                                @FormParam("groupId") String groupId);

    @POST
    @Path("/group/user/ban/whitelist/rollback.json")
    StatusResponse removeWhitelist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                                   @FormParam("groupId") String groupId);

    @POST
    @Path("/group/user/ban/whitelist/query.json")
    UserIdsResponse listWhitelist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId);
}
