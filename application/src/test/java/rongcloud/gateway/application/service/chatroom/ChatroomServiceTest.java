package rongcloud.gateway.application.service.chatroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.quota.QuotaClock;
import rongcloud.gateway.application.quota.QuotaSettings;
import rongcloud.gateway.application.quota.QuotaTiming;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.chatroom.BatchRemoveChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BatchSetChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.ChatroomPort;
import rongcloud.gateway.domain.chatroom.GetChatroomInfoCommand;
import rongcloud.gateway.domain.chatroom.MuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.SetChatroomEntryCommand;
import rongcloud.gateway.domain.error.QuotaExhaustedException;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.quota.CostUnit;
import rongcloud.gateway.domain.quota.QuotaPlan;

/** Chatroom operations spend quota before the upstream call; attribute writes count per attribute, in shared pools. */
class ChatroomServiceTest {
    private final List<String> events = new ArrayList<>();
    private final CallContext ctx = CallContext.of("r1", "test");

    private final ChatroomPort port = (ChatroomPort) Proxy.newProxyInstance(ChatroomPort.class.getClassLoader(),
            new Class<?>[] {ChatroomPort.class}, (InvocationHandler) (proxy, method, args) -> {
                events.add("upstream " + method.getName());
                Class<?> r = method.getReturnType();
                if (r == boolean.class) {
                    return false;
                }
                if (r == Page.class) {
                    return new Page<>(List.of(), Optional.empty());
                }
                return r == List.class ? List.of() : r == Map.class ? Map.of() : null;
            });

    private static Map<String, String> entries(String prefix, int n) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(prefix + i, "v");
        }
        return m;
    }

    @Test
    void quotaComesFirstAndAttributeWritesCountTheirAttributes() {
        ChatroomService service = new ChatroomService(port, (c, call) -> events.add("quota " + call.path()
                + call.amount(CostUnit.ATTRIBUTE).map(a -> " attributes=" + a.count()).orElse("")));
        service.getChatroomInfo(ctx, new GetChatroomInfoCommand("r1"));
        service.muteChatroomMembers(ctx, new MuteChatroomMembersCommand("r1", List.of("a"), 5, Optional.empty()));
        service.setChatroomEntry(ctx, new SetChatroomEntryCommand("r1", "u", "k", "v", false, false, Optional.empty()));
        service.batchSetChatroomEntries(ctx, new BatchSetChatroomEntriesCommand("r1", "u", entries("k", 3), false));
        service.removeChatroomEntry(ctx, new RemoveChatroomEntryCommand("r1", "u", "k", false, Optional.empty()));
        service.batchRemoveChatroomEntries(ctx, new BatchRemoveChatroomEntriesCommand("r1", "u", List.of("a", "b")));
        service.queryChatroomKeepalive(ctx);
        assertThat(events).containsExactly(
                "quota /chatroom/get.json", "upstream getChatroomInfo",
                "quota /chatroom/user/gag/add.json", "upstream muteChatroomMembers",
                "quota /chatroom/entry/set.json attributes=1", "upstream setChatroomEntry",
                "quota /chatroom/entry/batch/set.json attributes=3", "upstream batchSetChatroomEntries",
                "quota /chatroom/entry/remove.json attributes=1", "upstream removeChatroomEntry",
                "quota /chatroom/entry/batch/remove.json attributes=2", "upstream batchRemoveChatroomEntries",
                "quota /chatroom/keepalive/query.json", "upstream queryChatroomKeepalive");
    }

    /** The real plan: single and batch sets share 100 attributes/second (catalog pool chatroom-kv-set). */
    @Test
    void singleAndBatchSetsShareOnePoolOfAttributes() {
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(QuotaPlan.catalog(),
                new QuotaSettings(new QuotaTiming(Duration.ofMillis(25), ZoneId.of("Asia/Shanghai")), Duration.ZERO,
                        Duration.ZERO, 1, Duration.ofSeconds(10), 100, "t:"), Optional.empty(), QuotaClock.system());
        ChatroomService service = new ChatroomService(port, gate);
        for (int i = 0; i < 5; i++) {
            service.batchSetChatroomEntries(ctx, new BatchSetChatroomEntriesCommand("r1", "u", entries("k" + i + "_", 20),
                    false));
        }
        assertThatThrownBy(() -> service.setChatroomEntry(ctx, new SetChatroomEntryCommand("r1", "u", "x", "v", false,
                false, Optional.empty()))).isInstanceOf(QuotaExhaustedException.class);
        service.removeChatroomEntry(ctx, new RemoveChatroomEntryCommand("r1", "u", "x", false, Optional.empty()));
        assertThat(events).filteredOn(e -> e.startsWith("upstream")).hasSize(6);
    }
}
