package rongcloud.gateway.adapter.out.rest.system;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
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
 * RongCloud's system-notification endpoints (catalog system.yaml). Form fields and JSON bodies are built
 * with RongCloud's exact names by the adapter ({@code MessageWire}, {@code PushWire}).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface SystemNotificationClient {
    String REQUEST_ID = "X-Request-ID";

    @POST
    @Path("/message/system/publish.json")
    SendResponse sendSystem(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/system/publish_template.json")
    @Consumes(MediaType.APPLICATION_JSON)
    SendResponse sendSystemTemplate(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);

    @POST
    @Path("/message/broadcast.json")
    SendResponse broadcast(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/message/online/broadcast.json")
    SendResponse onlineBroadcast(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    /** One path, three operations: push-only (no fromuserid/message), by tag, by package. */
    @POST
    @Path("/push.json")
    @Consumes(MediaType.APPLICATION_JSON)
    PushResponse push(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);

    @POST
    @Path("/message/broadcast/recall.json")
    StatusResponse recallBroadcast(@HeaderParam(REQUEST_ID) String requestId, MultivaluedMap<String, String> form);

    @POST
    @Path("/push/user.json")
    @Consumes(MediaType.APPLICATION_JSON)
    StatusResponse pushUsers(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PushResponse(Integer code, String errorMessage, String id, @JsonProperty("messageUID") String messageUid)
            implements RongCloudResponse {
    }
}
