package rongcloud.gateway.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;

class GroupCommandsTest {

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidArgumentException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected InvalidArgumentException");
    }

    @Test
    void aTimedMuteNeedsOneTo43200MinutesAndAPermanentOneNone() {
        assertThat(new MuteGroupMembersCommand(List.of("a"), Optional.of("g1"), 43_200, false).minutes()).isEqualTo(43_200);
        assertThat(new MuteGroupMembersCommand(List.of("a"), Optional.of("g1"), 0, true).permanent()).isTrue();
        assertThat(fields(() -> new MuteGroupMembersCommand(List.of("a"), Optional.empty(), 0, false))).containsExactly("minutes");
        assertThat(fields(() -> new MuteGroupMembersCommand(List.of("a"), Optional.empty(), 10, true))).containsExactly("minutes");
    }

    @Test
    void anEmptyGroupIdMeansAllGroups() {
        assertThat(new MuteGroupMembersCommand(List.of("a"), Optional.of(""), 5, false).groupId()).isEmpty();
        assertThat(new UnmuteGroupMembersCommand(List.of("a"), Optional.of("")).groupId()).isEmpty();
        assertThat(new ListMutedGroupMembersCommand(Optional.of("")).groupId()).isEmpty();
    }

    @Test
    void groupIdsAreLettersAndDigitsUpTo64() {
        assertThat(fields(() -> new ListGroupMembersCommand("g_1"))).containsExactly("group_id");
        assertThat(fields(() -> new ListGroupMembersCommand("g".repeat(65)))).containsExactly("group_id");
        assertThat(new ListGroupMembersCommand("G".repeat(64)).groupId()).hasSize(64);
        assertThatThrownBy(() -> new MuteAllGroupMembersCommand(List.of())).isInstanceOf(InvalidArgumentException.class);
    }
}
