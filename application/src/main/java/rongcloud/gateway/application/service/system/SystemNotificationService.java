package rongcloud.gateway.application.service.system;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
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
    private final QuotaGate quota;

    public SystemNotificationService(SystemNotificationPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public List<SentMessage> sendSystemMessage(CallContext ctx, SendSystemMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/system/publish.json").recipients(command.toUserIds().size(), "to_user_ids"));
        return port.sendSystemMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendSystemTemplateMessage(CallContext ctx, SendSystemTemplateMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/system/publish_template.json").recipients(command.message().recipients().size(), "recipients"));
        return port.sendSystemTemplateMessage(ctx, command);
    }

    @Override
    public void recallSystemMessage(CallContext ctx, RecallMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/recall.json").op("RecallSystemMessage"));
        port.recallSystemMessage(ctx, command);
    }

    @Override
    public String broadcastSystemMessage(CallContext ctx, BroadcastSystemMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/broadcast.json"));
        return port.broadcastSystemMessage(ctx, command);
    }

    @Override
    public String broadcastOnlineMessage(CallContext ctx, BroadcastOnlineMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/online/broadcast.json"));
        return port.broadcastOnlineMessage(ctx, command);
    }

    @Override
    public PushReceipt pushNotificationToAll(CallContext ctx, PushNotificationToAllCommand command) {
        quota.acquire(ctx, QuotaCall.of("/push.json").op("PushNotificationToAll"));
        return port.pushNotificationToAll(ctx, command);
    }

    @Override
    public PushReceipt broadcastSystemMessageByTag(CallContext ctx, BroadcastSystemMessageByTagCommand command) {
        quota.acquire(ctx, QuotaCall.of("/push.json").op("BroadcastSystemMessageByTag"));
        return port.broadcastSystemMessageByTag(ctx, command);
    }

    @Override
    public PushReceipt broadcastSystemMessageByPackage(CallContext ctx, BroadcastSystemMessageByPackageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/push.json").op("BroadcastSystemMessageByPackage"));
        return port.broadcastSystemMessageByPackage(ctx, command);
    }

    @Override
    public void recallBroadcastMessage(CallContext ctx, RecallBroadcastMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/broadcast/recall.json"));
        port.recallBroadcastMessage(ctx, command);
    }

    @Override
    public void pushNotificationToUsers(CallContext ctx, PushNotificationToUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/push/user.json").recipients(command.userIds().size(), "user_ids"));
        port.pushNotificationToUsers(ctx, command);
    }
}
