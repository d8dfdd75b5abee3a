package rongcloud.gateway.application.service.system;

import java.util.List;
import rongcloud.gateway.application.port.in.system.SystemNotificationUseCase;
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
import rongcloud.gateway.domain.system.SystemNotificationPort;

/**
 * Orchestrates the area over the SystemNotificationPort. Commands arrive validated; each method is a single
 * upstream call so that quota (cost unit per command in the port's javadoc), cache and persistence steps
 * can be added around it.
 */
public final class SystemNotificationService implements SystemNotificationUseCase {
    private final SystemNotificationPort port;

    public SystemNotificationService(SystemNotificationPort port) {
        this.port = port;
    }

    @Override
    public List<SentMessage> sendSystemMessage(CallContext ctx, SendSystemMessageCommand command) {
        return port.sendSystemMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendSystemTemplateMessage(CallContext ctx, SendSystemTemplateMessageCommand command) {
        return port.sendSystemTemplateMessage(ctx, command);
    }

    @Override
    public void recallSystemMessage(CallContext ctx, RecallMessageCommand command) {
        port.recallSystemMessage(ctx, command);
    }

    @Override
    public String broadcastSystemMessage(CallContext ctx, BroadcastSystemMessageCommand command) {
        return port.broadcastSystemMessage(ctx, command);
    }

    @Override
    public String broadcastOnlineMessage(CallContext ctx, BroadcastOnlineMessageCommand command) {
        return port.broadcastOnlineMessage(ctx, command);
    }

    @Override
    public PushReceipt pushNotificationToAll(CallContext ctx, PushNotificationToAllCommand command) {
        return port.pushNotificationToAll(ctx, command);
    }

    @Override
    public PushReceipt broadcastSystemMessageByTag(CallContext ctx, BroadcastSystemMessageByTagCommand command) {
        return port.broadcastSystemMessageByTag(ctx, command);
    }

    @Override
    public PushReceipt broadcastSystemMessageByPackage(CallContext ctx, BroadcastSystemMessageByPackageCommand command) {
        return port.broadcastSystemMessageByPackage(ctx, command);
    }

    @Override
    public void recallBroadcastMessage(CallContext ctx, RecallBroadcastMessageCommand command) {
        port.recallBroadcastMessage(ctx, command);
    }

    @Override
    public void pushNotificationToUsers(CallContext ctx, PushNotificationToUsersCommand command) {
        port.pushNotificationToUsers(ctx, command);
    }
}
