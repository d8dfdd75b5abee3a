package rongcloud.gateway.domain.group;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Replace the groups a user belongs to; an empty list removes every membership (as the docs say). */
public record SyncUserGroupsCommand(String userId, List<UserGroup> groups) {
    public SyncUserGroupsCommand {
        Check check = Check.request().userId("user_id", userId);
        check.notNull("groups", groups);
        if (groups != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < groups.size(); i++) {
                UserGroup g = groups.get(i);
                GroupChecks.groupId(check, "groups[" + i + "].group_id", g.groupId());
                GroupChecks.groupName(check, "groups[" + i + "].group_name", g.groupName());
                check.that(g.groupId() == null || seen.add(g.groupId()), "groups[" + i + "].group_id",
                        "duplicate group id '" + g.groupId() + "'");
            }
        }
        check.validate();
        groups = List.copyOf(groups);
    }
}
