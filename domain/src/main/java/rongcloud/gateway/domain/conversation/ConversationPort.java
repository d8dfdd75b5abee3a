package rongcloud.gateway.domain.conversation;

import rongcloud.gateway.domain.CallContext;

/** RongCloud's conversation capability (catalog area "conversation"). */
public interface ConversationPort {
    /** /conversation/top/set.json */
    void setConversationTop(CallContext ctx, SetConversationTopCommand command);
}
