package rongcloud.gateway.domain.userprofile;

import static rongcloud.gateway.domain.userprofile.UserProfileLimits.*;

import java.util.Map;
import java.util.TreeMap;
import rongcloud.gateway.domain.validation.Check;

/** Set standard fields and custom attributes of a user's hosted profile; what is not given is left as it is. */
public record SetUserProfileCommand(String userId, UserProfile profile, Map<String, String> extProfile) {
    public SetUserProfileCommand {
        profile = profile == null ? UserProfile.EMPTY : profile;
        extProfile = extProfile == null ? Map.of() : extProfile;
        Check check = Check.request().userId("user_id", userId);
        check.that(!profile.isEmpty() || !extProfile.isEmpty(), "profile",
                "set at least one profile field or ext_profile entry");
        profile.check(check, "profile");
        check.attributes("ext_profile", extProfile, EXT_MAX_ENTRIES, EXT_KEY,
                "'ext_' followed by letters and digits", EXT_KEY_MAX_CHARS, EXT_VALUE_MAX_CHARS);
        check.validate();
        extProfile = Map.copyOf(new TreeMap<>(extProfile));
    }
}
