package rongcloud.gateway.adapter.out.rest.system;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.domain.message.MessageContent;
import rongcloud.gateway.domain.system.Platform;
import rongcloud.gateway.domain.system.PushAudience;
import rongcloud.gateway.domain.system.PushNotification;

/** The JSON shapes of /push.json and /push/user.json (catalog system.yaml, SDK models). */
final class PushWire {
    private PushWire() {
    }

    static List<String> platforms(List<Platform> platforms) {
        return platforms.stream().map(Platform::wire).toList();
    }

    /** audience: tag, tag_or, userid, packageName, is_to_all (always sent). */
    static Map<String, Object> audience(PushAudience a, boolean toAll) {
        Map<String, Object> json = WireBody.of().put("tag", a.tags()).put("tag_or", a.tagsOr()).put("userid", a.userIds())
                .put("packageName", a.packageName()).json();
        json.put("is_to_all", toAll);
        return json;
    }

    /** message: content (serialised), objectName, disableUpdateLastMsg. */
    static Map<String, Object> message(MessageContent content, boolean disableUpdateLastMessage) {
        return WireBody.of().put("content", content.json()).put("objectName", content.objectName())
                .bool("disableUpdateLastMsg", disableUpdateLastMessage).json();
    }

    /** notification of /push.json; {@code textKey} is "alert" there and "pushContent" for /push/user.json. */
    static Map<String, Object> notification(PushNotification n, String textKey) {
        if (n == null) {
            return null;
        }
        WireBody body = WireBody.of().put(textKey, n.alert()).put("title", n.title())
                .flag("forceShowPushContent", n.forceShowPushContent());
        if (n.ios() != null) {
            PushNotification.Ios i = n.ios();
            // "thread-id": the Java SDK's key (APNs' own name); the Go SDK sends threadId (catalog conflict)
            body.put("ios", WireBody.of().put("alert", i.alert()).put("title", i.title()).put("badge", i.badge())
                    .put("category", i.category()).put("thread-id", i.threadId()).put("apns-collapse-id", i.apnsCollapseId())
                    .put("richMediaUri", i.richMediaUri()).flag("contentAvailable", i.contentAvailable())
                    .put("extras", i.extras()).json());
        }
        if (n.android() != null) {
            // the flat alert + extras shape both SDKs share; vendor channel objects are not modelled
            body.put("android", WireBody.of().put("alert", n.android().alert()).put("extras", n.android().extras()).json());
        }
        return body.json();
    }
}
