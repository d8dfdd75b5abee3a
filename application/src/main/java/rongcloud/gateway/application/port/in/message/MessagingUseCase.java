package rongcloud.gateway.application.port.in.message;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.BroadcastChatroomMessageCommand;
import rongcloud.gateway.domain.message.CleanConversationHistoryCommand;
import rongcloud.gateway.domain.message.SendChatroomMessageCommand;
import rongcloud.gateway.domain.message.DeleteMessageExpansionCommand;
import rongcloud.gateway.domain.message.DeleteMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.ExpansionEntry;
import rongcloud.gateway.domain.message.GetMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.HistoryLog;
import rongcloud.gateway.domain.message.ListMessageExpansionCommand;
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

/** What callers can do with messages: the incoming port of the "message" area. */
public interface MessagingUseCase {
    List<SentMessage> sendPrivateMessage(CallContext ctx, SendPrivateMessageCommand command);

    List<SentMessage> sendPrivateTemplateMessage(CallContext ctx, SendPrivateTemplateMessageCommand command);

    List<SentMessage> sendPrivateStatusMessage(CallContext ctx, SendPrivateStatusMessageCommand command);

    List<SentMessage> sendGroupMessage(CallContext ctx, SendGroupMessageCommand command);

    List<SentMessage> sendGroupStatusMessage(CallContext ctx, SendGroupStatusMessageCommand command);

    List<SentMessage> sendUltraGroupMessage(CallContext ctx, SendUltraGroupMessageCommand command);

    void setMessageExpansion(CallContext ctx, SetMessageExpansionCommand command);

    void deleteMessageExpansion(CallContext ctx, DeleteMessageExpansionCommand command);

    Page<ExpansionEntry> listMessageExpansion(CallContext ctx, ListMessageExpansionCommand command);

    void recallMessage(CallContext ctx, RecallMessageCommand command);

    HistoryLog getMessageHistoryLog(CallContext ctx, GetMessageHistoryLogCommand command);

    void deleteMessageHistoryLog(CallContext ctx, DeleteMessageHistoryLogCommand command);

    void cleanConversationHistory(CallContext ctx, CleanConversationHistoryCommand command);

    List<SentMessage> sendChatroomMessage(CallContext ctx, SendChatroomMessageCommand command);

    void broadcastChatroomMessage(CallContext ctx, BroadcastChatroomMessageCommand command);
}
