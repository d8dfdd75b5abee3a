package rongcloud.gateway.adapter.out.rest.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.message.MessageWire.SendResponse;

/**
 * RongCloud's message endpoints (catalog message.yaml). The sends carry up to 20 optional parameters:
 * their form fields / JSON bodies are built with RongCloud's exact names by {@link MessageWire}; the
 * other endpoints name their parameters here.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface MessagingClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/message/private/publish.json")
    SendResponse sendPrivate(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/private/publish_template.json")
    @Consumes(MediaType.APPLICATION_JSON)
    SendResponse sendPrivateTemplate(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);

    @POST
    @Path("/statusmessage/private/publish.json")
    SendResponse sendPrivateStatus(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/group/publish.json")
    SendResponse sendGroup(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/statusmessage/group/publish.json")
    SendResponse sendGroupStatus(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/ultragroup/publish.json")
    @Consumes(MediaType.APPLICATION_JSON)
    SendResponse sendUltraGroup(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);

    @POST
    @Path("/message/expansion/set.json")
    StatusResponse setExpansion(@HeaderParam(REQUEST_ID) String requestId, @FormParam("msgUID") String msgUid,
                                @FormParam("userId") String userId, @FormParam("conversationType") int conversationType,
                                @FormParam("targetId") String targetId, @FormParam("extraKeyVal") String extraKeyValJson,
                                @FormParam("isSyncSender") int isSyncSender);

    /** extraKey: the docs say String, both SDKs send a JSON array of keys. */
    @POST
    @Path("/message/expansion/delete.json")
    StatusResponse deleteExpansion(@HeaderParam(REQUEST_ID) String requestId, @FormParam("msgUID") String msgUid,
                                   @FormParam("userId") String userId, @FormParam("conversationType") int conversationType,
                                   @FormParam("targetId") String targetId, @FormParam("extraKey") String extraKeyJson,
                                   @FormParam("isSyncSender") int isSyncSender);

    @POST
    @Path("/message/expansion/query.json")
    ExpansionResponse queryExpansion(@HeaderParam(REQUEST_ID) String requestId, @FormParam("msgUID") String msgUid,
                                     @FormParam("pageNo") int pageNo);

    @POST
    @Path("/message/recall.json")
    StatusResponse recall(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/history.json")
    HistoryResponse history(@HeaderParam(REQUEST_ID) String requestId, @FormParam("date") String date);

    @POST
    @Path("/message/history/delete.json")
    StatusResponse deleteHistory(@HeaderParam(REQUEST_ID) String requestId, @FormParam("date") String date);

    /** msgTimestamp is left out (null) to clean the whole conversation (as the Go SDK does). */
    @POST
    @Path("/conversation/message/history/clean.json")
    StatusResponse cleanHistory(@HeaderParam(REQUEST_ID) String requestId,
                                @FormParam("conversationType") int conversationType,
                                @FormParam("fromUserId") String fromUserId, @FormParam("targetId") String targetId,
                                @FormParam("msgTimestamp") Long msgTimestamp);

    /** extraContent: key → {v: value, ts: set time in ms}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpansionResponse(Integer code, String errorMessage, Map<String, ExpansionValue> extraContent)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpansionValue(String v, Long ts) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistoryResponse(Integer code, String errorMessage, String url, String date) implements RongCloudResponse {
    }

    @POST
    @Path("/message/chatroom/publish.json")
    SendResponse sendChatroom(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/chatroom/broadcast.json")
    StatusResponse broadcastChatroom(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);
}
