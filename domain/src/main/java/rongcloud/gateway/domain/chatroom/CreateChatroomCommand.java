package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Create a chatroom with its destroy policy, mute-all state and exceptions, and initial attributes (with their owner). */
public record CreateChatroomCommand(String chatroomId, Optional<DestroyPolicy> destroyPolicy, boolean muteAll, List<String> muteAllExceptions, Optional<String> entryOwnerId, Map<String, String> entries) {
    public CreateChatroomCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        Objects.requireNonNull(destroyPolicy, "destroyPolicy");
        destroyPolicy.ifPresent(p -> DestroyPolicy.validate(check, "destroy_policy", p));
        Objects.requireNonNull(entryOwnerId, "entryOwnerId");
        if (muteAllExceptions != null && !muteAllExceptions.isEmpty()) {
            check.userIds("mute_all_exceptions", muteAllExceptions, ChatroomLimits.CREATE_MAX_MUTE_ALL_EXCEPTIONS);
        }
        boolean hasEntries = entries != null && !entries.isEmpty();
        if (hasEntries) {
            ChatroomChecks.entries(check, "entries", entries, 1);
            check.that(entryOwnerId.isPresent(), "entry_owner_id", "is required with entries");
        }
        entryOwnerId.ifPresent(o -> {
            check.userId("entry_owner_id", o);
            check.that(hasEntries, "entry_owner_id", "only with entries");
        });
        check.validate();
        muteAllExceptions = muteAllExceptions == null ? List.of() : List.copyOf(muteAllExceptions);
        entries = ChatroomChecks.copy(entries);
    }
}
