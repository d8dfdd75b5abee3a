package rongcloud.gateway.adapter.out.rest.conversation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rongcloud.gateway.adapter.out.rest.StatusResponse;

/** RongCloud's conversation endpoints (catalog conversation.yaml). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface ConversationClient {
    /** setTop: a boolean written as the string "true" / "false". */
    @POST
    @Path("/conversation/top/set.json")
    StatusResponse setTop(@HeaderParam("X-Request-ID") String requestId, @FormParam("userId") String userId,
                          @FormParam("conversationType") int conversationType, @FormParam("targetId") String targetId,
                          @FormParam("setTop") String setTop);
}
