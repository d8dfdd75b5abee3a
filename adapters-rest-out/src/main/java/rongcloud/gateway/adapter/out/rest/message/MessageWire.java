package rongcloud.gateway.adapter.out.rest.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.domain.message.DeliveryOptions;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.message.PushSettings;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.message.TemplateMessage;

/**
 * How messages travel to RongCloud, shared by the message and system-notification adapters: the send
 * parameters (catalog message.yaml / system.yaml names), template bodies and the messageUIDs answer.
 */
public final class MessageWire {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageWire() {
    }

    /** Answer of the send endpoints: one {userId|groupId, messageUID} per recipient or target. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SendResponse(Integer code, String errorMessage, @JsonProperty("messageUIDs") List<MessageUid> messageUids,
                               @JsonProperty("messageUID") String messageUid) implements RongCloudResponse {
    }

    /** One entry of messageUIDs. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MessageUid(String userId, String groupId, String chatroomId, @JsonProperty("messageUID") String messageUid) {
    }

    /** fromUserId, objectName, content, msgRandom: what every send carries. */
    public static WireBody base(OutgoingMessage m) {
        return WireBody.of().put("fromUserId", m.fromUserId()).put("objectName", m.content().objectName())
                .put("content", m.content().json()).put("msgRandom", m.dedupKey());
    }

    /** pushContent, pushData, pushExt, disablePush, count, contentAvailable. */
    public static WireBody push(WireBody body, PushSettings p) {
        return body.put("pushContent", p.pushContent()).put("pushData", p.pushData()).put("pushExt", pushExt(p))
                .bool("disablePush", p.disablePush()).put("count", p.badge()).flag("contentAvailable", p.contentAvailable());
    }

    /** isPersisted, isCounted, isIncludeSender, verifyBlacklist, disableUpdateLastMsg, needReadReceipt. */
    public static WireBody delivery(WireBody body, DeliveryOptions o) {
        return body.flag("isPersisted", o.persisted()).flag("isCounted", o.counted())
                .flag("isIncludeSender", o.includeSender()).flag("verifyBlacklist", o.verifyBlacklist())
                .bool("disableUpdateLastMsg", o.disableUpdateLastMessage()).flag("needReadReceipt", o.needReadReceipt());
    }

    /** expansion and extraContent (a JSON object string). */
    public static WireBody expansion(WireBody body, OutgoingMessage m) {
        return body.bool("expansion", m.expansion()).put("extraContent", m.extraContent().isEmpty() ? null : json(m.extraContent()));
    }

    /** pushExt JSON string: title, templateId, forceShowPushContent (0/1); null when none. */
    static String pushExt(PushSettings p) {
        if (p.ext() == null) {
            return null;
        }
        return json(WireBody.of().put("title", p.ext().title()).put("templateId", p.ext().templateId())
                .put("forceShowPushContent", p.ext().forceShowPushContent() ? 1 : 0).json());
    }

    /**
     * The JSON body of the template endpoints: toUserId, values, pushContent and pushData as arrays in the
     * same order. pushContent is always sent (the Java SDK requires it, [] meaning no push text).
     */
    public static Map<String, Object> template(TemplateMessage t) {
        List<Map<String, String>> values = new ArrayList<>();
        List<String> pushContent = new ArrayList<>();
        List<String> pushData = new ArrayList<>();
        boolean anyPushContent = t.recipients().stream().anyMatch(r -> r.pushContent() != null && !r.pushContent().isEmpty());
        boolean anyPushData = t.recipients().stream().anyMatch(r -> r.pushData() != null && !r.pushData().isEmpty());
        for (TemplateMessage.Recipient r : t.recipients()) {
            values.add(new LinkedHashMap<>(r.values()));
            pushContent.add(r.pushContent() == null ? "" : r.pushContent());
            pushData.add(r.pushData() == null ? "" : r.pushData());
        }
        Map<String, Object> body = WireBody.of().put("fromUserId", t.fromUserId()).put("objectName", t.template().objectName())
                .put("content", t.template().json()).put("toUserId", t.userIds()).put("values", values)
                .put("pushData", anyPushData ? pushData : null)
                .put("verifyBlacklist", t.options().verifyBlacklist() ? 1 : null)
                .put("contentAvailable", t.contentAvailable() ? 1 : null).put("disablePush", t.disablePush() ? true : null)
                .put("isPersisted", t.options().persisted() == null ? null : t.options().persisted() ? 1 : 0)
                .put("isCounted", t.options().counted() == null ? null : t.options().counted() ? 1 : 0)
                .put("isIncludeSender", t.options().includeSender() ? 1 : null)
                .put("disableUpdateLastMsg", t.options().disableUpdateLastMessage() ? true : null)
                .put("needReadReceipt", t.options().needReadReceipt() ? 1 : null)
                .put("msgRandom", t.dedupKey()).json();
        body.put("pushContent", anyPushContent ? pushContent : List.of());
        return body;
    }

    /** The messageUIDs of an answer; {@code targets} name the entries when RongCloud leaves the target out. */
    public static List<SentMessage> sent(SendResponse r, List<String> targets) {
        List<SentMessage> sent = new ArrayList<>();
        List<MessageUid> uids = r.messageUids() == null ? List.of() : r.messageUids();
        for (int i = 0; i < uids.size(); i++) {
            MessageUid u = uids.get(i);
            String target = u.userId() != null ? u.userId() : u.groupId() != null ? u.groupId()
                    : u.chatroomId() != null ? u.chatroomId() : i < targets.size() ? targets.get(i) : "";
            sent.add(new SentMessage(target, u.messageUid() == null ? "" : u.messageUid()));
        }
        return sent;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
