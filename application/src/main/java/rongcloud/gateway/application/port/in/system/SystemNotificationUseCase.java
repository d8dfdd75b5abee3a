package rongcloud.gateway.application.port.in.system;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.system.BroadcastOnlineMessageCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageByPackageCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageByTagCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageCommand;
import rongcloud.gateway.domain.system.PushNotificationToAllCommand;
import rongcloud.gateway.domain.system.PushNotificationToUsersCommand;
import rongcloud.gateway.domain.system.PushReceipt;
import rongcloud.gateway.domain.system.RecallBroadcastMessageCommand;
import rongcloud.gateway.domain.system.SendSystemMessageCommand;
import rongcloud.gateway.domain.system.SendSystemTemplateMessageCommand;

/** System notifications, broadcasts and pushes: the incoming port of the "system" area. */
public interface SystemNotificationUseCase {
    List<SentMessage> sendSystemMessage(CallContext ctx, SendSystemMessageCommand command);

    List<SentMessage> sendSystemTemplateMessage(CallContext ctx, SendSystemTemplateMessageCommand command);

    void recallSystemMessage(CallContext ctx, RecallMessageCommand command);

    String broadcastSystemMessage(CallContext ctx, BroadcastSystemMessageCommand command);

    String broadcastOnlineMessage(CallContext ctx, BroadcastOnlineMessageCommand command);

    PushReceipt pushNotificationToAll(CallContext ctx, PushNotificationToAllCommand command);

    PushReceipt broadcastSystemMessageByTag(CallContext ctx, BroadcastSystemMessageByTagCommand command);

    PushReceipt broadcastSystemMessageByPackage(CallContext ctx, BroadcastSystemMessageByPackageCommand command);

    void recallBroadcastMessage(CallContext ctx, RecallBroadcastMessageCommand command);

    void pushNotificationToUsers(CallContext ctx, PushNotificationToUsersCommand command);
}
