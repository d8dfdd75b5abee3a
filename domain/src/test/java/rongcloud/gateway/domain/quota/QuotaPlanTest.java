package rongcloud.gateway.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaPlanTest {
    private final QuotaPlan plan = QuotaPlan.catalog();

    @Test
    void loadsTheGeneratedTable() {
        assertThat(plan.entries()).hasSize(206);
        EndpointQuota token = plan.find("/user/getToken.json", null).orElseThrow();
        assertThat(token.rules()).containsExactly(QuotaRule.of(200, Window.SECOND, CostUnit.REQUEST));
        assertThat(token.adjustable()).isTrue();
        assertThat(token.budget()).isEqualTo("/user/getToken.json");
        assertThat(plan.find("/user/deactivate.json", null).orElseThrow().rules())
                .containsExactly(QuotaRule.of(100, Window.SECOND, CostUnit.USER));
    }

    @Test
    void sharedPoolsAndCalendarDays() {
        for (String op : new String[] {"PushNotificationToAll", "BroadcastSystemMessageByTag", "BroadcastSystemMessageByPackage"}) {
            EndpointQuota e = plan.find("/push.json", op).orElseThrow();
            assertThat(e.budget()).isEqualTo("push-json");
            assertThat(e.rules()).containsExactly(QuotaRule.of(2, Window.HOUR, CostUnit.REQUEST),
                    QuotaRule.of(3, Window.CALENDAR_DAY, CostUnit.REQUEST));
        }
        assertThat(plan.find("/chatroom/entry/batch/set.json", null).orElseThrow().budget()).isEqualTo("chatroom-kv-set");
        assertThat(plan.budgets()).containsKeys("push-json", "chatroom-kv-set", "chatroom-kv-remove");
        assertThat(plan.find("/message/recall.json", null)).isPresent();
    }

    @Test
    void scopedSubLimits() {
        EndpointQuota ug = plan.find("/message/ultragroup/publish.json", null).orElseThrow();
        assertThat(ug.budgetRules()).containsExactly(QuotaRule.of(100, Window.SECOND, CostUnit.TARGET));
        assertThat(ug.scopeRules("per-channel")).containsExactly(
                new QuotaRule(20, Window.SECOND, CostUnit.TARGET, Optional.of("per-channel")));
    }

    @Test
    void overridesByPathAndPool() {
        QuotaPlan o = plan.withOverrides(Map.of(
                "/user/getToken.json", "400/1s",
                "push-json", "5/1h, 10/1d",
                "/message/ultragroup/publish.json", "200/1s,40/1s@per-channel"));
        assertThat(o.find("/user/getToken.json", null).orElseThrow().rules().get(0).limit()).isEqualTo(400);
        assertThat(o.find("/push.json", "BroadcastSystemMessageByTag").orElseThrow().rules())
                .containsExactly(QuotaRule.of(5, Window.HOUR, CostUnit.REQUEST), QuotaRule.of(10, Window.CALENDAR_DAY, CostUnit.REQUEST));
        EndpointQuota ug = o.find("/message/ultragroup/publish.json", null).orElseThrow();
        assertThat(ug.budgetRules().get(0).limit()).isEqualTo(200);
        assertThat(ug.scopeRules("per-channel").get(0).limit()).isEqualTo(40);
        assertThat(o.find("/user/info.json", null).orElseThrow().rules().get(0).limit()).isEqualTo(100);
    }

    @Test
    void overridesThatMatchNothingAreRejectedAllAtOnce() {
        assertThatThrownBy(() -> plan.withOverrides(Map.of(
                "/push.json", "5/1h",
                "/nope.json", "1/1s",
                "/user/info.json", "50/1m",
                "/user/refresh.json", "x/1s")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/push.json spends the shared pool push-json")
                .hasMessageContaining("/nope.json is neither a catalogued path nor a pool")
                .hasMessageContaining("'50/1m' matches no rule")
                .hasMessageContaining("limit is not a number");
    }

    @Test
    void headroomScalesDownAndNeverBelowOne() {
        QuotaPlan h = plan.withHeadroom(0.9);
        assertThat(h.find("/user/getToken.json", null).orElseThrow().rules().get(0).limit()).isEqualTo(180);
        assertThat(h.find("/push.json", "PushNotificationToAll").orElseThrow().rules())
                .extracting(QuotaRule::limit).containsExactly(1L, 2L);
        assertThat(h.find("/stat/getDayPushData", null).orElseThrow().rules().get(0).limit()).isEqualTo(1);
        assertThatThrownBy(() -> plan.withHeadroom(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleNotationRoundTrips() {
        for (String spec : new String[] {"100/1s/request", "3/1d/request/calendar", "20/1s/target/scope=per-channel", "6000/1m/recipient"}) {
            assertThat(QuotaRule.parse(spec).spec()).isEqualTo(spec);
        }
        assertThat(QuotaRule.parse("3/1d/request/calendar").describe()).isEqualTo("3 requests per calendar day");
        assertThat(QuotaRule.parse("100/1s/user").describe()).isEqualTo("100 users per second");
    }
}
