package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Bind a chatroom to an RTC room. */
public record BindChatroomToRtcRoomCommand(String chatroomId, String rtcRoomId) {
    public BindChatroomToRtcRoomCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userId("rtc_room_id", rtcRoomId);
        check.validate();
    }
}
