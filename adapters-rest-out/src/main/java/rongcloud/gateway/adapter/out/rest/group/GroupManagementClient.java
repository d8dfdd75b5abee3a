package rongcloud.gateway.adapter.out.rest.group;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.MembersResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.UserGroupsResponse;

/**
 * RongCloud's legacy group endpoints, exactly as catalogued (group.yaml): repeated {@code userId} form
 * fields. The SDK-only bindNotifyMsg options are not sent (not in the docs). Null form values are not sent.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface GroupManagementClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/group/create.json")
    StatusResponse createGroup(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                               @FormParam("groupId") String groupId, @FormParam("groupName") String groupName);

    @POST
    @Path("/group/dismiss.json")
    StatusResponse dismissGroup(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                @FormParam("groupId") String groupId);

    @POST
    @Path("/group/join.json")
    StatusResponse joinGroup(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                             @FormParam("groupId") String groupId, @FormParam("groupName") String groupName);

    @POST
    @Path("/group/quit.json")
    StatusResponse quitGroup(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                             @FormParam("groupId") String groupId);

    @POST
    @Path("/group/user/query.json")
    MembersResponse listGroupMembers(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId);

    /** The form carries {@code userId} and one {@code group[<groupId>]=<name>} field per group. */
    @POST
    @Path("/group/sync.json")
    StatusResponse syncUserGroups(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/user/group/query.json")
    UserGroupsResponse listUserGroups(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                      @FormParam("page") int page, @FormParam("size") int size);

    @POST
    @Path("/group/refresh.json")
    StatusResponse updateGroupName(@HeaderParam(REQUEST_ID) String requestId, @FormParam("groupId") String groupId,
                                   @FormParam("groupName") String groupName);
}
