package rongcloud.gateway.domain.entrustgroup;

import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/** Turn an existing non-hosted group into a hosted group with an owner, profile and permissions. */
public record ImportEntrustGroupCommand(String groupId, String name, String ownerId, GroupProfile profile,
                                        GroupPermissions permissions, Map<String, String> extProfile) {
    public ImportEntrustGroupCommand {
        profile = profile == null ? GroupProfile.NONE : profile;
        permissions = permissions == null ? GroupPermissions.NONE : permissions;
        extProfile = extProfile == null ? Map.of() : Map.copyOf(extProfile);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        EntrustGroupChecks.name(check, "name", name);
        check.userId("owner_id", ownerId);
        EntrustGroupChecks.profile(check, "profile", profile);
        EntrustGroupChecks.extProfile(check, "ext_profile", extProfile);
        check.validate();
    }
}
