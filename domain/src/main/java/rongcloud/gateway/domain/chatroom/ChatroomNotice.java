package rongcloud.gateway.domain.chatroom;

import java.util.Map;

/** Ask RongCloud to notify members of a mute/ban change (needNotify=true) with an optional extra JSON object. */
public record ChatroomNotice(Map<String, String> extra) {
    public ChatroomNotice {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
