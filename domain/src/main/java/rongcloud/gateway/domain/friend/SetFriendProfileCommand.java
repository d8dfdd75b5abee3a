package rongcloud.gateway.domain.friend;

import static rongcloud.gateway.domain.friend.FriendLimits.*;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import rongcloud.gateway.domain.validation.Check;

/** Set the remark name (empty clears it) and/or custom attributes a user keeps about a friend. */
public record SetFriendProfileCommand(String userId, String targetId, Optional<String> remarkName,
                                      Map<String, String> extProfile) {
    public SetFriendProfileCommand {
        extProfile = extProfile == null ? Map.of() : extProfile;
        Check check = Check.request().userId("user_id", userId).userId("target_id", targetId);
        check.that(remarkName.isPresent() || !extProfile.isEmpty(), "remark_name",
                "set at least one of remark_name and ext_profile");
        remarkName.ifPresent(n -> check.chars("remark_name", n, false, REMARK_NAME_MAX_CHARS));
        check.attributes("ext_profile", extProfile, EXT_MAX_ENTRIES, EXT_KEY,
                "'ext_' followed by lower-case letters, digits or '_'", EXT_KEY_MAX_CHARS, EXT_VALUE_MAX_CHARS);
        check.validate();
        extProfile = Map.copyOf(new TreeMap<>(extProfile));
    }
}
