package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/** Create a hosted group with its owner, invitees, profile, permissions and custom attributes. */
public record CreateEntrustGroupCommand(String groupId, String name, String ownerId, List<String> userIds,
                                        GroupProfile profile, GroupPermissions permissions,
                                        Map<String, String> extProfile) {
    public CreateEntrustGroupCommand {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        profile = profile == null ? GroupProfile.NONE : profile;
        permissions = permissions == null ? GroupPermissions.NONE : permissions;
        extProfile = extProfile == null ? Map.of() : Map.copyOf(extProfile);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        EntrustGroupChecks.name(check, "name", name);
        check.userId("owner_id", ownerId);
        if (!userIds.isEmpty()) {
            check.userIds("user_ids", userIds, EntrustGroupLimits.CREATE_MAX_INVITEES);
        }
        EntrustGroupChecks.profile(check, "profile", profile);
        EntrustGroupChecks.extProfile(check, "ext_profile", extProfile);
        check.validate();
    }
}
