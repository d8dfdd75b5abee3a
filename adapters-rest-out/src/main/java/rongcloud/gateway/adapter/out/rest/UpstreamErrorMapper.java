package rongcloud.gateway.adapter.out.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every HTTP status of 400 and above into an {@link UpstreamHttpError} carrying RongCloud's code
 * and message (RongCloud sends its envelope with 401, 429, 500... too).
 */
public final class UpstreamErrorMapper implements ResponseExceptionMapper<UpstreamHttpError> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public UpstreamHttpError toThrowable(Response response) {
        Integer code = null;
        String message = null;
        try {
            String body = response.readEntity(String.class);
            JsonNode node = JSON.readTree(body);
            if (node != null && node.has("code") && node.get("code").canConvertToInt()) {
                code = node.get("code").intValue();
                message = node.path("errorMessage").asText("");
            }
        } catch (RuntimeException | java.io.IOException e) {
            // not RongCloud's envelope (e.g. a proxy's HTML page): keep the HTTP status only
        }
        return new UpstreamHttpError(response.getStatus(), code, message);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
