package rongcloud.gateway.adapter.out.rest.sensitiveword;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.StatusResponse;
import rongcloud.gateway.adapter.out.rest.sensitiveword.SensitiveWordDtos.BatchAddResponse;
import rongcloud.gateway.adapter.out.rest.sensitiveword.SensitiveWordDtos.ListResponse;

/**
 * RongCloud's sensitive-word endpoints, exactly as catalogued (sensitive-word.yaml): form bodies except
 * /sensitiveword/batch/add.json (JSON {"words":[{"word","replaceWord"}]}); the words of a batch removal are
 * repeated form fields (words=a&words=b). Null form values are not sent.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
interface SensitiveWordClient {
    String REQUEST_ID = "X-Request-ID";

    /** No type field on the wire: block vs replace is the presence of replaceWord. */
    @POST
    @Path("/sensitiveword/add.json")
    StatusResponse add(@HeaderParam(REQUEST_ID) String requestId, @FormParam("word") String word,
                       @FormParam("replaceWord") String replaceWord);

    @POST
    @Path("/sensitiveword/batch/add.json")
    @Consumes(MediaType.APPLICATION_JSON)
    BatchAddResponse batchAdd(@HeaderParam(REQUEST_ID) String requestId, Map<String, Object> body);

    @POST
    @Path("/sensitiveword/delete.json")
    StatusResponse remove(@HeaderParam(REQUEST_ID) String requestId, @FormParam("word") String word);

    @POST
    @Path("/sensitiveword/batch/delete.json")
    StatusResponse batchRemove(@HeaderParam(REQUEST_ID) String requestId, @FormParam("words") List<String> words);

    /** type: 0 = replacement words, 1 = blocked words (RongCloud's default), 2 = all. */
    @POST
    @Path("/sensitiveword/list.json")
    ListResponse list(@HeaderParam(REQUEST_ID) String requestId, @FormParam("type") int type);
}
