package rongcloud.gateway.domain.chatroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;

class ChatroomCommandsTest {

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidArgumentException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected InvalidArgumentException");
    }

    @Test
    void entriesAndTheirOwnerGoTogether() {
        assertThat(new CreateChatroomCommand("r1", Optional.empty(), false, null, Optional.of("o"), Map.of("k", "v"))
                .entries()).containsEntry("k", "v");
        assertThat(fields(() -> new CreateChatroomCommand("r1", Optional.empty(), false, List.of(), Optional.empty(),
                Map.of("k", "v")))).containsExactly("entry_owner_id");
        assertThat(fields(() -> new CreateChatroomCommand("r1", Optional.empty(), false, List.of(), Optional.of("o"),
                Map.of()))).containsExactly("entry_owner_id");
    }

    @Test
    void destroyMinutesAre60To10080OrTheDefault() {
        assertThat(new SetChatroomDestroyTypeCommand("r1", new DestroyPolicy(DestroyType.FIXED_TIME, 0)).destroyPolicy()
                .effectiveMinutes()).isEqualTo(60);
        assertThat(new SetChatroomDestroyTypeCommand("r1", new DestroyPolicy(DestroyType.INACTIVITY, 10_080))
                .destroyPolicy().minutes()).isEqualTo(10_080);
        assertThat(fields(() -> new SetChatroomDestroyTypeCommand("r1", new DestroyPolicy(DestroyType.INACTIVITY, 59))))
                .containsExactly("destroy_policy.minutes");
        assertThat(fields(() -> new SetChatroomDestroyTypeCommand("r1", null))).containsExactly("destroy_policy");
    }

    @Test
    void attributeKeysValuesAndBatchSizes() {
        Map<String, String> twentyOne = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            twentyOne.put("k" + i, "v");
        }
        assertThat(fields(() -> new BatchSetChatroomEntriesCommand("r1", "o", twentyOne, false))).containsExactly("entries");
        assertThat(fields(() -> new SetChatroomEntryCommand("r1", "u", "k".repeat(129), "v", false, false,
                Optional.empty()))).containsExactly("key");
        assertThat(new SetChatroomEntryCommand("r1", "u", "a+b=c-d_e", "x".repeat(4096), true, false, Optional.empty())
                .key()).isEqualTo("a+b=c-d_e");
        assertThat(fields(() -> new QueryChatroomEntriesCommand("r1", List.of("a", "a")))).containsExactly("keys[1]");
        assertThat(new QueryChatroomEntriesCommand("r1", null).keys()).isEmpty();
    }

    @Test
    void muteMinutesAndUserCounts() {
        assertThat(fields(() -> new MuteChatroomMembersCommand("r1", List.of("a"), 0, Optional.empty())))
                .containsExactly("minutes");
        assertThat(fields(() -> new AddChatroomUserWhitelistCommand("r1", List.of("a", "b", "c", "d", "e", "f"))))
                .containsExactly("user_ids");
        assertThat(fields(() -> new CreateChatroomLegacyCommand(Map.of("ok1", "", "no-dash", "n"))))
                .containsExactlyInAnyOrder("chatroom_names[ok1]", "chatroom_names[no-dash]");
    }
}
