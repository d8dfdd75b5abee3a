package rongcloud.gateway.adapter.out.rest.userlists;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the block-list / allow-list endpoints (catalog user-lists.yaml, response fields). */
final class UserListDtos {
    private UserListDtos() {
    }

    /** /user/blacklist/query.json and /user/whitelist/query.json; {@code next} only when another page exists. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserListResponse(Integer code, String errorMessage, List<String> users, String next)
            implements RongCloudResponse {
    }

    /** whiteSetting is a string ("1"/"0") in the docs' example; Jackson also accepts a number here. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModeEntry(String userId, String whiteSetting) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModesResponse(Integer code, String errorMessage, List<ModeEntry> users) implements RongCloudResponse {
    }
}
