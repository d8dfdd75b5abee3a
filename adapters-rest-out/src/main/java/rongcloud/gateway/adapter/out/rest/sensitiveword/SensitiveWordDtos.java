package rongcloud.gateway.adapter.out.rest.sensitiveword;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;

/** Wire shapes of the sensitive-word answers (catalog sensitive-word.yaml, response fields). */
final class SensitiveWordDtos {
    private SensitiveWordDtos() {
    }

    /** remainQuota: the field name comes from the Java SDK's result model only (catalog note). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BatchAddResponse(Integer code, String errorMessage, Integer remainQuota) implements RongCloudResponse {
    }

    /** words[].type is a string: "0" replace, "1" block; replaceWord is empty for blocked words. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WordEntry(String word, String replaceWord, String type) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListResponse(Integer code, String errorMessage, List<WordEntry> words) implements RongCloudResponse {
    }
}
