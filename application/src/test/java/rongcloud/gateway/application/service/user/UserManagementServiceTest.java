package rongcloud.gateway.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaClock;
import rongcloud.gateway.application.quota.QuotaSettings;
import rongcloud.gateway.application.quota.QuotaTiming;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.quota.CostUnit;
import rongcloud.gateway.domain.quota.QuotaPlan;
import rongcloud.gateway.domain.user.*;

/** Every user operation spends its quota, with the right path and count, before the upstream call. */
class UserManagementServiceTest {
    private final List<String> events = new ArrayList<>();
    private final CallContext ctx = CallContext.of("r1", "test");

    private final UserManagementPort port = (UserManagementPort) Proxy.newProxyInstance(
            UserManagementPort.class.getClassLoader(), new Class<?>[] {UserManagementPort.class},
            (InvocationHandler) (proxy, method, args) -> {
                events.add("upstream " + method.getName());
                Class<?> r = method.getReturnType();
                if (r == boolean.class) {
                    return false;
                }
                if (r == Page.class) {
                    return new Page<>(List.of(), Optional.empty());
                }
                if (r == Map.class) {
                    return Map.of();
                }
                return null;
            });

    @Test
    void everyOperationAcquiresItsQuotaFirst() {
        UserManagementService service = new UserManagementService(port, (c, call) -> events.add(
                "quota " + call.path() + call.amount(CostUnit.USER).map(a -> " users=" + a.count()).orElse("")));
        List<String> two = List.of("u1", "u2");
        service.registerUser(ctx, new RegisterUserCommand("u1", "Name", ""));
        service.expireUserTokens(ctx, new ExpireUserTokensCommand(two, Instant.ofEpochMilli(1000)));
        service.getUserInfo(ctx, new GetUserInfoCommand("u1"));
        service.updateUserInfo(ctx, new UpdateUserInfoCommand("u1", Optional.of("N"), Optional.empty()));
        service.deactivateUsers(ctx, new DeactivateUsersCommand(two));
        service.listDeactivatedUsers(ctx, ListDeactivatedUsersCommand.of(0, ""));
        service.reactivateUsers(ctx, new ReactivateUsersCommand(List.of("u1", "u2", "u3")));
        service.blockUsers(ctx, new BlockUsersCommand(two, 10));
        service.unblockUsers(ctx, new UnblockUsersCommand(two));
        service.listBlockedUsers(ctx, ListBlockedUsersCommand.of(0, ""));
        service.checkUserOnline(ctx, new CheckUserOnlineCommand("u1"));
        service.setPrivateChatMute(ctx, new SetPrivateChatMuteCommand(two, true));
        service.listPrivateChatMutedUsers(ctx, ListPrivateChatMutedUsersCommand.of(0, ""));
        service.setUserTags(ctx, new SetUserTagsCommand("u1", List.of("t")));
        service.batchSetUserTags(ctx, new BatchSetUserTagsCommand(two, List.of("t")));
        service.getUserTags(ctx, new GetUserTagsCommand(two));

        assertThat(events).containsExactly(
                "quota /user/getToken.json", "upstream registerUser",
                "quota /user/token/expire.json users=2", "upstream expireUserTokens",
                "quota /user/info.json", "upstream getUserInfo",
                "quota /user/refresh.json", "upstream updateUserInfo",
                "quota /user/deactivate.json users=2", "upstream deactivateUsers",
                "quota /user/deactivate/query.json", "upstream listDeactivatedUsers",
                "quota /user/reactivate.json users=3", "upstream reactivateUsers",
                "quota /user/block.json users=2", "upstream blockUsers",
                "quota /user/unblock.json users=2", "upstream unblockUsers",
                "quota /user/block/query.json", "upstream listBlockedUsers",
                "quota /user/checkOnline.json", "upstream checkUserOnline",
                "quota /user/chat/fb/set.json users=2", "upstream setPrivateChatMute",
                "quota /user/chat/fb/querylist.json", "upstream listPrivateChatMutedUsers",
                "quota /user/tag/set.json", "upstream setUserTags",
                "quota /user/tag/batch/set.json users=2", "upstream batchSetUserTags",
                "quota /user/tags/get.json users=2", "upstream getUserTags");
    }

    /** The real gate and plan accept every call the service makes (each path is in the plan, counts given). */
    @Test
    void everyCallResolvesInTheRealPlan() {
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(QuotaPlan.catalog(),
                new QuotaSettings(new QuotaTiming(Duration.ofMillis(25), ZoneId.of("Asia/Shanghai")), Duration.ZERO,
                        Duration.ZERO, 1, Duration.ofSeconds(10), 100, "t:"), Optional.empty(), QuotaClock.system());
        List<String> paths = List.of("/user/getToken.json", "/user/token/expire.json", "/user/info.json", "/user/refresh.json",
                "/user/deactivate.json", "/user/deactivate/query.json", "/user/reactivate.json", "/user/block.json",
                "/user/unblock.json", "/user/block/query.json", "/user/checkOnline.json", "/user/chat/fb/set.json",
                "/user/chat/fb/querylist.json", "/user/tag/set.json", "/user/tag/batch/set.json", "/user/tags/get.json");
        for (String path : paths) {
            gate.acquire(ctx, QuotaCall.of(path).users(2));
        }
    }
}
