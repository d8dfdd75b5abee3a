package rongcloud.gateway.application.service.message;

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

    public MessagingService(MessagingPort port) {
        this.port = port;
    }

    @Override
    public List<SentMessage> sendPrivateMessage(CallContext ctx, SendPrivateMessageCommand command) {
        return port.sendPrivateMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendPrivateTemplateMessage(CallContext ctx, SendPrivateTemplateMessageCommand command) {
        return port.sendPrivateTemplateMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendPrivateStatusMessage(CallContext ctx, SendPrivateStatusMessageCommand command) {
        return port.sendPrivateStatusMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendGroupMessage(CallContext ctx, SendGroupMessageCommand command) {
        return port.sendGroupMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendGroupStatusMessage(CallContext ctx, SendGroupStatusMessageCommand command) {
        return port.sendGroupStatusMessage(ctx, command);
    }

    @Override
    public List<SentMessage> sendUltraGroupMessage(CallContext ctx, SendUltraGroupMessageCommand command) {
        return port.sendUltraGroupMessage(ctx, command);
    }

    @Override
    public void setMessageExpansion(CallContext ctx, SetMessageExpansionCommand command) {
        port.setMessageExpansion(ctx, command);
    }

    @Override
    public void deleteMessageExpansion(CallContext ctx, DeleteMessageExpansionCommand command) {
        port.deleteMessageExpansion(ctx, command);
    }

    @Override
    public Page<ExpansionEntry> listMessageExpansion(CallContext ctx, ListMessageExpansionCommand command) {
        return port.listMessageExpansion(ctx, command);
    }

    @Override
    public void recallMessage(CallContext ctx, RecallMessageCommand command) {
        port.recallMessage(ctx, command);
    }

    @Override
    public HistoryLog getMessageHistoryLog(CallContext ctx, GetMessageHistoryLogCommand command) {
        return port.getMessageHistoryLog(ctx, command);
    }

    @Override
    public void deleteMessageHistoryLog(CallContext ctx, DeleteMessageHistoryLogCommand command) {
        port.deleteMessageHistoryLog(ctx, command);
    }

    @Override
    public void cleanConversationHistory(CallContext ctx, CleanConversationHistoryCommand command) {
        port.cleanConversationHistory(ctx, command);
    }
}
