package rongcloud.gateway.domain.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.system.Platform;

class PushCommandsTest {

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidArgumentException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected InvalidArgumentException");
    }

    @Test
    void doNotDisturbLevelsKeepRongCloudsNumbers() {
        assertThat(Arrays.stream(DoNotDisturbLevel.values()).map(DoNotDisturbLevel::wire))
                .containsExactly(-1, 0, 1, 2, 4, 5);
        assertThat(DoNotDisturbLevel.fromWire(4)).hasValue(DoNotDisturbLevel.MENTIONS_OF_ALL);
        assertThat(DoNotDisturbLevel.fromWire(3)).isEmpty();
    }

    @Test
    void aBlockPushPeriodIsAWholeDayAtMostAndOnlyMentionsOrNothingMayNotify() {
        assertThat(new SetUserBlockPushPeriodCommand("u1", "00:00:00", 1439, DoNotDisturbLevel.MENTIONS).period())
                .isEqualTo(new BlockPushPeriod("00:00:00", 1439, DoNotDisturbLevel.MENTIONS));
        assertThat(fields(() -> new SetUserBlockPushPeriodCommand("u1", "23:60:00", 0, DoNotDisturbLevel.DEFAULT)))
                .containsExactly("start_time", "period_minutes", "level");
    }

    @Test
    void busChannelsAreForUltraGroupsAndChatroomsHaveNoDoNotDisturbLevel() {
        assertThat(new SetConversationNotificationCommand(ConversationType.ULTRA_GROUP, "u1", "ug1",
                DoNotDisturbLevel.NONE, Optional.of("c1")).busChannel()).hasValue("c1");
        assertThat(fields(() -> new SetConversationNotificationCommand(ConversationType.PRIVATE, "u1", "u2",
                DoNotDisturbLevel.NONE, Optional.of("c1")))).containsExactly("bus_channel");
        assertThat(fields(() -> new GetConversationTypeNotificationCommand(ConversationType.CHATROOM, "u1")))
                .containsExactly("conversation_type");
    }

    @Test
    void pushPlusGoesToEveryoneOrToConditionsNeverBoth() {
        PushPlusNotification n = new PushPlusNotification(null, "hi", null, null);
        PushPlusAudience all = new PushPlusAudience(true, null, null, null, null, null);
        assertThat(new SendPushPlusCommand(List.of(Platform.IOS), all, n).audience().toAll()).isTrue();
        PushPlusAudience both = new PushPlusAudience(true, List.of("vip"), null, null, null, null);
        assertThat(fields(() -> new SendPushPlusCommand(List.of(Platform.IOS), both, n))).containsExactly("audience");
        PushPlusAudience none = new PushPlusAudience(false, null, null, null, null, "");
        assertThat(fields(() -> new SendPushPlusCommand(List.of(Platform.IOS, Platform.IOS), none, n)))
                .containsExactly("platforms", "audience");
    }
}
