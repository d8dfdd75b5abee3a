package rongcloud.gateway.application.port.in.conversation;

import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.conversation.SetConversationTopCommand;

/** What callers can do with conversations: the incoming port of the "conversation" area. */
public interface ConversationUseCase {
    void setConversationTop(CallContext ctx, SetConversationTopCommand command);
}
