package rongcloud.gateway.adapter.out.rest.push;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.BlockPushPeriodResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.GroupRemarkResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.NotificationLevelResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.PushCustomResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.StatsResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.UserRemarksResponse;

/**
 * RongCloud's push endpoints, exactly as catalogued (push.yaml): form bodies, except /push/custom.json (JSON).
 * The remarks of /user/remarks/set.json are one form field holding a JSON array. Null form values are not sent.
 * The two /stat paths have no .json suffix (as on the overview page); their method and encoding are UNVERIFIED.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface PushClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/stat/getDayPushData")
    StatsResponse dailyStats(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/stat/getPushIdData")
    StatsResponse pushStats(@HeaderParam(REQUEST_ID) String requestId, @FormParam("pushId") String pushId);

    /** remarks: JSON array text [{"id":..,"remark":..}]. */
    @POST
    @Path("/user/remarks/set.json")
    StatusResponse setUserRemarks(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                  @FormParam("remarks") String remarks);

    @POST
    @Path("/user/remarks/del.json")
    StatusResponse deleteUserRemark(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                    @FormParam("targetId") String targetId);

    @POST
    @Path("/user/remarks/get.json")
    UserRemarksResponse getUserRemarks(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                       @FormParam("page") int page, @FormParam("size") int size);

    @POST
    @Path("/group/remarks/set.json")
    StatusResponse setGroupRemark(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                  @FormParam("groupId") String groupId, @FormParam("remark") String remark);

    @POST
    @Path("/group/remarks/del.json")
    StatusResponse deleteGroupRemark(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                     @FormParam("groupId") String groupId);

    @POST
    @Path("/group/remarks/get.json")
    GroupRemarkResponse getGroupRemark(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                       @FormParam("groupId") String groupId);

    /** Only unpushLevel is sent (isMuted is deprecated; unpushLevel wins when both are sent). */
    @POST
    @Path("/conversation/notification/set.json")
    StatusResponse setConversationNotification(@HeaderParam(REQUEST_ID) String requestId,
                                               @FormParam("conversationType") int conversationType,
                                               @FormParam("requestId") String userId,
                                               @FormParam("targetId") String targetId,
                                               @FormParam("unpushLevel") int unpushLevel,
                                               @FormParam("busChannel") String busChannel);

    @POST
    @Path("/conversation/notification/get.json")
    NotificationLevelResponse getConversationNotification(@HeaderParam(REQUEST_ID) String requestId,
                                                          @FormParam("conversationType") int conversationType,
                                                          @FormParam("requestId") String userId,
                                                          @FormParam("targetId") String targetId,
                                                          @FormParam("busChannel") String busChannel);

    @POST
    @Path("/conversation/type/notification/set.json")
    StatusResponse setConversationTypeNotification(@HeaderParam(REQUEST_ID) String requestId,
                                                   @FormParam("conversationType") int conversationType,
                                                   @FormParam("requestId") String userId,
                                                   @FormParam("unpushLevel") int unpushLevel);

    @POST
    @Path("/conversation/type/notification/get.json")
    NotificationLevelResponse getConversationTypeNotification(@HeaderParam(REQUEST_ID) String requestId,
                                                              @FormParam("conversationType") int conversationType,
                                                              @FormParam("requestId") String userId);

    @POST
    @Path("/user/blockPushPeriod/set.json")
    StatusResponse setBlockPushPeriod(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId,
                                      @FormParam("startTime") String startTime, @FormParam("period") int period,
                                      @FormParam("level") int level);

    @POST
    @Path("/user/blockPushPeriod/delete.json")
    StatusResponse deleteBlockPushPeriod(@HeaderParam(REQUEST_ID) String requestId, @FormParam("userId") String userId);

    @POST
    @Path("/user/blockPushPeriod/get.json")
    BlockPushPeriodResponse getBlockPushPeriod(@HeaderParam(REQUEST_ID) String requestId,
                                               @FormParam("userId") String userId);

    @POST
    @Path("/push/custom.json")
    @Consumes(MediaType.APPLICATION_JSON)
    PushCustomResponse pushCustom(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);
}
