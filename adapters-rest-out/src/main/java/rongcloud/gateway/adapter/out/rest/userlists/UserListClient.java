package rongcloud.gateway.adapter.out.rest.userlists;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.userlists.UserListDtos.ModesResponse;
import rongcloud.gateway.adapter.out.rest.userlists.UserListDtos.UserListResponse;

/**
 * RongCloud's block-list / allow-list endpoints, exactly as catalogued (user-lists.yaml): {@code List}
 * parameters are repeated form fields (blackUserId=a&blackUserId=b); null values are not sent.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface UserListClient {
    String REQUEST_ID = "X-Request-ID";

    // The English docs print /user/blocklist/add.json (translation slip); the Chinese docs and both SDKs use blacklist.
    @POST
    @Path("/user/blacklist/add.json")
    StatusResponse addToBlacklist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                  @FormParam("blackUserId") List<String> blackUserIds);

    @POST
    @Path("/user/blacklist/remove.json")
    StatusResponse removeFromBlacklist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                       @FormParam("blackUserId") List<String> blackUserIds);

    @POST
    @Path("/user/blacklist/query.json")
    UserListResponse listBlacklist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                   @FormParam("pageToken") String pageToken, @FormParam("size") int size);

    @POST
    @Path("/user/whitesetting/set.json")
    StatusResponse setListMode(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds,
                               @FormParam("whiteSetting") int whiteSetting);

    @POST
    @Path("/user/whitesetting/query.json")
    ModesResponse getListModes(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds);

    @POST
    @Path("/user/whitelist/add.json")
    StatusResponse addToAllowlist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                  @FormParam("whiteUserId") List<String> whiteUserIds);

    @POST
    @Path("/user/whitelist/remove.json")
    StatusResponse removeFromAllowlist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                       @FormParam("whiteUserId") List<String> whiteUserIds);

    @POST
    @Path("/user/whitelist/query.json")
    UserListResponse listAllowlist(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                   @FormParam("pageToken") String pageToken, @FormParam("size") int size);
}
