package rongcloud.gateway.domain.ultragroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;

class UltraGroupCommandsTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidArgumentException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected InvalidArgumentException");
    }

    @Test
    void channelsDefaultToPublicAndTheDefaultChannelStaysPublic() {
        assertThat(new CreateUltraGroupChannelCommand("g1", "c1", null).type()).isEqualTo(UltraGroupChannelType.PUBLIC);
        assertThat(fields(() -> new ChangeUltraGroupChannelTypeCommand("g1", "RCDefault", UltraGroupChannelType.PRIVATE)))
                .containsExactly("type");
        assertThat(new ChangeUltraGroupChannelTypeCommand("g1", "RCDefault", UltraGroupChannelType.PUBLIC).channelId())
                .isEqualTo("RCDefault");
        assertThat(fields(() -> new CreateUltraGroupChannelCommand("g1", "c-1", null))).containsExactly("channel_id");
    }

    @Test
    void anEmptyChannelMeansTheWholeGroup() {
        assertThat(new MuteUltraGroupUsersCommand("g1", Optional.of(""), List.of("a")).channelId()).isEmpty();
        assertThat(ListUltraGroupMuteWhitelistCommand.of("g1", Optional.of(""), 0, "").channelId()).isEmpty();
        assertThat(new SetUltraGroupMuteAllCommand("g1", Optional.of("c1"), true).channelId()).hasValue("c1");
    }

    @Test
    void pagedCommandsReportIdentityAndPagingTogetherAndCoerceLargeSizes() {
        assertThat(fields(() -> ListUltraGroupChannelsCommand.of("", -1, "nope")))
                .containsExactlyInAnyOrder("group_id", "page_size", "page_token");
        assertThat(ListUltraGroupChannelsCommand.of("g1", 0, "").page().size()).isEqualTo(20);
        assertThat(ListUltraGroupChannelsCommand.of("g1", 1000, "").page().size()).isEqualTo(100);
        assertThat(ListUltraGroupUserGroupsCommand.of("g1", 1000, "").page().size()).isEqualTo(50);
    }

    @Test
    void historyWindowsAreOrderedAtMostFourteenDaysAndPageSizeDefaultsTo20() {
        assertThat(new QueryUltraGroupHistoryMessagesCommand("g1", "c1", T, T.plus(Duration.ofDays(14)), Optional.empty(), 0)
                .pageSize()).isEqualTo(20);
        assertThat(fields(() -> new QueryUltraGroupHistoryMessagesCommand("g1", "c1", T, T, Optional.empty(), 0)))
                .containsExactly("end_time");
        assertThat(fields(() -> new QueryUltraGroupHistoryMessagesCommand("g1", "c1", T,
                T.plus(Duration.ofDays(14)).plusMillis(1), Optional.of(""), 101))).containsExactly("end_time", "page_size");
    }

    @Test
    void expansionKeysAndValuesFollowTheCatalogLimits() {
        assertThat(fields(() -> new SetUltraGroupMessageExpansionCommand("g1", Optional.empty(), "UID", "a",
                Map.of("k".repeat(33), "v", "ok", "x".repeat(4097))))).containsExactlyInAnyOrder("values[" + "k".repeat(33) + "]", "values[ok]");
        assertThat(fields(() -> new DeleteUltraGroupMessageExpansionCommand("g1", Optional.empty(), "UID", "a",
                List.of("k", "k")))).containsExactly("keys[k]");
    }

    @Test
    void userGroupIdsAreOneToTenDistinctLettersAndDigits() {
        assertThat(fields(() -> new CreateUltraGroupUserGroupsCommand("g1", List.of()))).containsExactly("user_group_ids");
        assertThat(fields(() -> new BindUltraGroupChannelUserGroupsCommand("g1", "c1", List.of("r1", "r1"))))
                .containsExactly("user_group_ids[1]");
        assertThat(fields(() -> new GetUltraGroupMessagesCommand("g1", List.of()))).containsExactly("messages");
    }
}
