package rongcloud.gateway.adapter.out.rest.push;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the push answers (catalog push.yaml, response fields). */
final class PushDtos {
    private PushDtos() {
    }

    /** The undocumented statistics answers: every field but code and errorMessage is kept as sent. */
    @RegisterForReflection
    static final class StatsResponse implements RongCloudResponse {
        @JsonProperty("code")
        Integer code;
        @JsonProperty("errorMessage")
        String errorMessage;
        final Map<String, Object> fields = new LinkedHashMap<>();

        @JsonAnySetter
        void field(String name, Object value) {
            fields.put(name, value);
        }

        @Override
        public Integer code() {
            return code;
        }

        @Override
        public String errorMessage() {
            return errorMessage;
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemarkEntry(String id, String remark) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRemarksResponse(Integer code, String errorMessage, Integer total, List<RemarkEntry> users)
            implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupRemarkResponse(Integer code, String errorMessage, String remark) implements RongCloudResponse {
    }

    /** isMuted: the Do Not Disturb level -1 | 0 | 1 | 2 | 4 | 5. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NotificationLevelResponse(Integer code, String errorMessage, Integer isMuted) implements RongCloudResponse {
    }

    /** Response key unPushLevel (capital P), while the set request uses level. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodData(String startTime, Integer period, @JsonProperty("unPushLevel") Integer unPushLevel) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BlockPushPeriodResponse(Integer code, String errorMessage, PeriodData data) implements RongCloudResponse {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PushCustomResponse(Integer code, String errorMessage, String id) implements RongCloudResponse {
    }
}
