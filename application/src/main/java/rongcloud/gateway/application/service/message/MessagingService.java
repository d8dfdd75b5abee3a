package rongcloud.gateway.application.service.message;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import java.util.List;
import rongcloud.gateway.application.port.in.message.MessagingUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.CleanConversationHistoryCommand;
import rongcloud.gateway.domain.message.DeleteMessageExpansionCommand;
import rongcloud.gateway.domain.message.DeleteMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.ExpansionEntry;
import rongcloud.gateway.domain.message.GetMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.HistoryLog;
import rongcloud.gateway.domain.message.ListMessageExpansionCommand;
import rongcloud.gateway.domain.message.MessagingPort;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.message.SendGroupMessageCommand;
import rongcloud.gateway.domain.message.SendGroupStatusMessageCommand;
import rongcloud.gateway.domain.message.SendChatroomMessageCommand;
import rongcloud.gateway.domain.message.BroadcastChatroomMessageCommand;
import rongcloud.gateway.domain.message.SendPrivateMessageCommand;
import rongcloud.gateway.domain.message.SendPrivateStatusMessageCommand;
import rongcloud.gateway.domain.message.SendPrivateTemplateMessageCommand;
import rongcloud.gateway.domain.message.SendUltraGroupMessageCommand;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.message.SetMessageExpansionCommand;
import rongcloud.gateway.domain.paging.Page;

/**
 * Orchestrates the area over the MessagingPort. Commands arrive validated; each method is a single
 * upstream call so that quota (cost unit per command in the port's javadoc), cache and persistence steps
 * can be added around it.
 */
public final class MessagingService implements MessagingUseCase {
    private final MessagingPort port;
    private final QuotaGate quota;

    public MessagingService(MessagingPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public List<SentMessage> sendPrivateMessage(CallContext ctx, SendPrivateMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/private/publish.json").recipients(command.toUserIds().size(), "to_user_ids"));
        return port.sendPrivateMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendPrivateTemplateMessage(CallContext ctx, SendPrivateTemplateMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/private/publish_template.json").recipients(command.message().recipients().size(), "recipients"));
        return port.sendPrivateTemplateMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendPrivateStatusMessage(CallContext ctx, SendPrivateStatusMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/statusmessage/private/publish.json").recipients(command.toUserIds().size(), "to_user_ids"));
        return port.sendPrivateStatusMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendGroupMessage(CallContext ctx, SendGroupMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/group/publish.json").targets(command.groupIds().size(), "group_ids"));
        return port.sendGroupMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendGroupStatusMessage(CallContext ctx, SendGroupStatusMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/statusmessage/group/publish.json").targets(command.groupIds().size(), "group_ids"));
        return port.sendGroupStatusMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendUltraGroupMessage(CallContext ctx, SendUltraGroupMessageCommand command) {
        QuotaCall call = QuotaCall.of("/message/ultragroup/publish.json").targets(command.groupIds().size(), "group_ids");
        String channel = command.channelId() == null ? "" : command.channelId();
        for (String group : command.groupIds()) {
            call = call.scope("per-channel", group + "/" + channel, 1); // 20/s per ultra-group channel
        }
        quota.acquire(ctx, call);
        return port.sendUltraGroupMessage(ctx, command);
    }

    @Override
    public void setMessageExpansion(CallContext ctx, SetMessageExpansionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/expansion/set.json"));
        port.setMessageExpansion(ctx, command);
    }

    @Override
    public void deleteMessageExpansion(CallContext ctx, DeleteMessageExpansionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/expansion/delete.json"));
        port.deleteMessageExpansion(ctx, command);
    }

    @Override
    public Page<ExpansionEntry> listMessageExpansion(CallContext ctx, ListMessageExpansionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/expansion/query.json"));
        return port.listMessageExpansion(ctx, command);
    }

    @Override
    public void recallMessage(CallContext ctx, RecallMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/recall.json").op("RecallMessage"));
        port.recallMessage(ctx, command);
    }

    @Override
    public HistoryLog getMessageHistoryLog(CallContext ctx, GetMessageHistoryLogCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/history.json"));
        return port.getMessageHistoryLog(ctx, command);
    }

    @Override
    public void deleteMessageHistoryLog(CallContext ctx, DeleteMessageHistoryLogCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/history/delete.json"));
        port.deleteMessageHistoryLog(ctx, command);
    }

    @Override
    public void cleanConversationHistory(CallContext ctx, CleanConversationHistoryCommand command) {
        quota.acquire(ctx, QuotaCall.of("/conversation/message/history/clean.json"));
        port.cleanConversationHistory(ctx, command);
    }

    @Override
    public List<SentMessage> sendChatroomMessage(CallContext ctx, SendChatroomMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/chatroom/publish.json").targets(command.chatroomIds().size(), "to_chatroom_ids"));
        return port.sendChatroomMessage(ctx, command);
    }

    @Override
    public void broadcastChatroomMessage(CallContext ctx, BroadcastChatroomMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/message/chatroom/broadcast.json"));
        port.broadcastChatroomMessage(ctx, command);
    }
}
