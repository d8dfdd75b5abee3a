package rongcloud.gateway.adapter.out.rest.entrustgroup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import rongcloud.gateway.domain.entrustgroup.GroupPermissions;
import rongcloud.gateway.domain.entrustgroup.GroupProfile;
import rongcloud.gateway.domain.entrustgroup.InviteeConsent;
import rongcloud.gateway.domain.entrustgroup.JoinPermission;
import rongcloud.gateway.domain.entrustgroup.MemberProfilePermission;
import rongcloud.gateway.domain.entrustgroup.OperationPermission;

/** The JSON documents RongCloud carries in form fields and answers: groupProfile, permissions, groupExtProfile. */
final class EntrustGroupJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntrustGroupJson() {
    }

    /** groupProfile, with the group name inside it for updates (docs; name null leaves it out); null when empty. */
    static String profile(GroupProfile p, String name) {
        ObjectNode o = JSON.createObjectNode();
        if (name != null) {
            o.put("name", name);
        }
        putIfSet(o, "introduction", p.introduction());
        putIfSet(o, "announcement", p.announcement());
        putIfSet(o, "portraitUrl", p.portraitUrl());
        return o.isEmpty() ? null : o.toString();
    }

    static String permissions(GroupPermissions p) {
        ObjectNode o = JSON.createObjectNode();
        if (p.join() != null) {
            o.put("joinPerm", p.join().code());
        }
        if (p.remove() != null) {
            o.put("removePerm", p.remove().code());
        }
        if (p.memberInvite() != null) {
            o.put("memInvitePerm", p.memberInvite().code());
        }
        if (p.inviteeConsent() != null) {
            o.put("invitePerm", p.inviteeConsent().code());
        }
        if (p.profile() != null) {
            o.put("profilePerm", p.profile().code());
        }
        if (p.memberProfile() != null) {
            o.put("memProfilePerm", p.memberProfile().code());
        }
        return o.isEmpty() ? null : o.toString();
    }

    static String ext(Map<String, String> ext) {
        if (ext.isEmpty()) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        ext.forEach(o::put);
        return o.toString();
    }

    static GroupProfile profile(JsonNode node) {
        JsonNode o = object(node);
        return new GroupProfile(text(o, "introduction"), text(o, "announcement"), text(o, "portraitUrl"));
    }

    static GroupPermissions permissions(JsonNode node) {
        JsonNode o = object(node);
        return new GroupPermissions(perm(o, "joinPerm", JoinPermission::ofCode),
                perm(o, "removePerm", OperationPermission::ofCode),
                perm(o, "memInvitePerm", OperationPermission::ofCode),
                perm(o, "invitePerm", InviteeConsent::ofCode),
                perm(o, "profilePerm", OperationPermission::ofCode),
                perm(o, "memProfilePerm", MemberProfilePermission::ofCode));
    }

    static Map<String, String> ext(JsonNode node) {
        Map<String, String> ext = new LinkedHashMap<>();
        object(node).fields().forEachRemaining(e -> ext.put(e.getKey(), e.getValue().asText()));
        return ext;
    }

    /** The document as an object: parsed from a string, taken as is, or empty when missing or malformed. */
    private static JsonNode object(JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            try {
                node = JSON.readTree(node.asText());
            } catch (JsonProcessingException e) {
                node = null;
            }
        }
        return node != null && node.isObject() ? node : JSON.createObjectNode();
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static <T> T perm(JsonNode o, String key, IntFunction<T> ofCode) {
        JsonNode v = o.get(key);
        return v == null || !v.canConvertToInt() && !v.isTextual() ? null : ofCode.apply(v.asInt(-1));
    }

    private static void putIfSet(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
