package rongcloud.gateway.domain.entrustgroup;

import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Change the name, profile, permissions and/or custom attributes of a hosted group; unset parts stay. */
public record UpdateEntrustGroupProfileCommand(String groupId, Optional<String> name, GroupProfile profile,
                                               GroupPermissions permissions, Map<String, String> extProfile) {
    public UpdateEntrustGroupProfileCommand {
        profile = profile == null ? GroupProfile.NONE : profile;
        permissions = permissions == null ? GroupPermissions.NONE : permissions;
        extProfile = extProfile == null ? Map.of() : Map.copyOf(extProfile);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        name.ifPresent(n -> EntrustGroupChecks.name(check, "name", n));
        check.that(name.isPresent() || !profile.isEmpty() || !permissions.isEmpty() || !extProfile.isEmpty(),
                "name", "set at least one of name, profile, permissions and ext_profile");
        EntrustGroupChecks.profile(check, "profile", profile);
        EntrustGroupChecks.extProfile(check, "ext_profile", extProfile);
        check.validate();
    }
}
