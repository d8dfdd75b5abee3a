package rongcloud.gateway.adapter.out.rest.userprofile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the profile-hosting endpoints (catalog user-profile.yaml). */
final class UserProfileDtos {
    private UserProfileDtos() {
    }

    /** The userProfile JSON document (sent and received as text); unset keys are left out. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProfileJson(String uniqueId, String name, String portraitUri, String email, String birthday,
                       Integer gender, String location, Integer role, Integer level) {
    }

    /** userProfile / userExtProfile are JSON text per the docs; a JSON object is read as well. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileEntry(String userId, Long version, JsonNode userProfile, JsonNode userExtProfile) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfilesResponse(Integer code, String errorMessage, List<ProfileEntry> userList)
            implements RongCloudResponse {
    }
}
