package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.message.SentMessage;

/**
 * RongCloud's system-notification capability (catalog area "system"), one method per catalog entry.
 * Sends are never retried once RongCloud may have received them.
 */
public interface SystemNotificationPort {
    /** /message/system/publish.json */
    List<SentMessage> sendSystemMessage(CallContext ctx, SendSystemMessageCommand command);

    /** /message/system/publish_template.json */
    List<SentMessage> sendSystemTemplateMessage(CallContext ctx, SendSystemTemplateMessageCommand command);

    /** /message/recall.json with conversationType 6 */
    void recallSystemMessage(CallContext ctx, RecallMessageCommand command);

    /** /message/broadcast.json; returns the message UID. */
    String broadcastSystemMessage(CallContext ctx, BroadcastSystemMessageCommand command);

    /** /message/online/broadcast.json; returns the message UID. */
    String broadcastOnlineMessage(CallContext ctx, BroadcastOnlineMessageCommand command);

    /** /push.json without message */
    PushReceipt pushNotificationToAll(CallContext ctx, PushNotificationToAllCommand command);

    /** /push.json with message, audience by tag */
    PushReceipt broadcastSystemMessageByTag(CallContext ctx, BroadcastSystemMessageByTagCommand command);

    /** /push.json with message, audience by package */
    PushReceipt broadcastSystemMessageByPackage(CallContext ctx, BroadcastSystemMessageByPackageCommand command);

    /** /message/broadcast/recall.json */
    void recallBroadcastMessage(CallContext ctx, RecallBroadcastMessageCommand command);

    /** /push/user.json */
    void pushNotificationToUsers(CallContext ctx, PushNotificationToUsersCommand command);
}
