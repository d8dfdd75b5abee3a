package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's messaging capability (catalog area "message"), one method per documented endpoint.
 * Sends are never retried once RongCloud may have received them; their dedup key travels as msgRandom.
 */
public interface MessagingPort {
    /** /message/private/publish.json */
    List<SentMessage> sendPrivateMessage(CallContext ctx, SendPrivateMessageCommand command);

    /** /message/private/publish_template.json */
    List<SentMessage> sendPrivateTemplateMessage(CallContext ctx, SendPrivateTemplateMessageCommand command);

    /** /statusmessage/private/publish.json */
    List<SentMessage> sendPrivateStatusMessage(CallContext ctx, SendPrivateStatusMessageCommand command);

    /** /message/group/publish.json */
    List<SentMessage> sendGroupMessage(CallContext ctx, SendGroupMessageCommand command);

    /** /statusmessage/group/publish.json */
    List<SentMessage> sendGroupStatusMessage(CallContext ctx, SendGroupStatusMessageCommand command);

    /** /message/ultragroup/publish.json */
    List<SentMessage> sendUltraGroupMessage(CallContext ctx, SendUltraGroupMessageCommand command);

    /** /message/expansion/set.json */
    void setMessageExpansion(CallContext ctx, SetMessageExpansionCommand command);

    /** /message/expansion/delete.json */
    void deleteMessageExpansion(CallContext ctx, DeleteMessageExpansionCommand command);

    /** /message/expansion/query.json */
    Page<ExpansionEntry> listMessageExpansion(CallContext ctx, ListMessageExpansionCommand command);

    /** /message/recall.json */
    void recallMessage(CallContext ctx, RecallMessageCommand command);

    /** /message/history.json */
    HistoryLog getMessageHistoryLog(CallContext ctx, GetMessageHistoryLogCommand command);

    /** /message/history/delete.json */
    void deleteMessageHistoryLog(CallContext ctx, DeleteMessageHistoryLogCommand command);

    /** /conversation/message/history/clean.json */
    void cleanConversationHistory(CallContext ctx, CleanConversationHistoryCommand command);

    /** /message/chatroom/publish.json: one entry per chatroom. */
    List<SentMessage> sendChatroomMessage(CallContext ctx, SendChatroomMessageCommand command);

    /** /message/chatroom/broadcast.json */
    void broadcastChatroomMessage(CallContext ctx, BroadcastChatroomMessageCommand command);
}
