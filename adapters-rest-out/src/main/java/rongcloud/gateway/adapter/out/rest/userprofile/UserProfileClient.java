package rongcloud.gateway.adapter.out.rest.userprofile;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.userprofile.UserProfileDtos.ProfilesResponse;

/**
 * RongCloud's profile-hosting endpoints, exactly as catalogued (user-profile.yaml): JSON documents travel as
 * text in form fields; {@code List} parameters are repeated form fields; null values are not sent.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface UserProfileClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/user/profile/set.json")
    StatusResponse setProfile(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                              @FormParam("userProfile") String userProfileJson,
                              @FormParam("userExtProfile") String userExtProfileJson);

    // Catalog conflict: Java joins the ids with commas, Go sends one; repeated fields follow the batch-query example.
    @POST
    @Path("/user/profile/clean.json")
    StatusResponse cleanProfiles(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds);

    // Catalog conflict: the doc example repeats userId (u1&userId=u2); the Java SDK's comma-joined form is not used.
    @POST
    @Path("/user/profile/batch/query.json")
    ProfilesResponse batchQuery(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") List<String> userIds);

    // Catalog conflict: the docs' example writes count=30; the table and both SDKs use size, as here.
    @POST
    @Path("/user/profile/query.json")
    ProfilesResponse query(@HeaderParam(REQUEST_ID) String requestId, @FormParam("page") int page,
                           @FormParam("size") int size, @FormParam("order") int order);
}
