package rongcloud.gateway.adapter.out.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** An answer that carries nothing but the envelope. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusResponse(Integer code, String errorMessage) implements RongCloudResponse {
}
