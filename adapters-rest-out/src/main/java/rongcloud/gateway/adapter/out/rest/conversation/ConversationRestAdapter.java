package rongcloud.gateway.adapter.out.rest.conversation;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.conversation.ConversationPort;
import rongcloud.gateway.domain.conversation.SetConversationTopCommand;

/** {@link ConversationPort} over RongCloud's REST API. */
@ApplicationScoped
public class ConversationRestAdapter implements ConversationPort {
    private final RongCloudInvoker rongCloud;

    @Inject
    public ConversationRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void setConversationTop(CallContext ctx, SetConversationTopCommand c) {
        rongCloud.call(ctx, "/conversation/top/set.json", UpstreamCallKind.SETTING, ConversationClient.class, (api, rid) -> api.setTop(rid,
                c.userId(), c.conversationType().code(), c.targetId(), Boolean.toString(c.pinned())));
    }
}
