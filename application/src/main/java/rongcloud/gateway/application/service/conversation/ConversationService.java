package rongcloud.gateway.application.service.conversation;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import rongcloud.gateway.application.port.in.conversation.ConversationUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.conversation.ConversationPort;
import rongcloud.gateway.domain.conversation.SetConversationTopCommand;

/**
 * Orchestrates the area over the ConversationPort. Commands arrive validated; each method is a single
 * upstream call so that quota (cost unit per command in the port's javadoc), cache and persistence steps
 * can be added around it.
 */
public final class ConversationService implements ConversationUseCase {
    private final ConversationPort port;
    private final QuotaGate quota;

    public ConversationService(ConversationPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void setConversationTop(CallContext ctx, SetConversationTopCommand command) {
        quota.acquire(ctx, QuotaCall.of("/conversation/top/set.json"));
        port.setConversationTop(ctx, command);
    }
}
