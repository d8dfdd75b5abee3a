package rongcloud.gateway.domain.group;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by the group and group-mute commands. */
final class GroupChecks {
    /** Documented for /group/create.json; applied wherever a group id is sent (one id space). */
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9]+");

    private GroupChecks() {
    }

    static Check groupId(Check check, String field, String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return check.violation(field, "is required");
        }
        return shape(check, field, groupId);
    }

    /** An optional group id: empty means "all groups" where RongCloud allows it. */
    static Check optionalGroupId(Check check, String field, String groupId) {
        return groupId == null || groupId.isEmpty() ? check : shape(check, field, groupId);
    }

    static Check groupIds(Check check, String field, List<String> groupIds, int max) {
        if (groupIds == null || groupIds.isEmpty()) {
            return check.violation(field, "at least one group id is required");
        }
        check.that(groupIds.size() <= max, field, "at most " + max + " group ids per request, got " + groupIds.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < groupIds.size(); i++) {
            String f = field + "[" + i + "]";
            groupId(check, f, groupIds.get(i));
            if (groupIds.get(i) != null && !groupIds.get(i).isBlank() && !seen.add(groupIds.get(i))) {
                check.violation(f, "duplicate group id '" + groupIds.get(i) + "'");
            }
        }
        return check;
    }

    static Check groupName(Check check, String field, String name) {
        return check.chars(field, name, true, GroupLimits.GROUP_NAME_MAX_CHARS);
    }

    private static Check shape(Check check, String field, String groupId) {
        check.that(Check.bytes(groupId) <= GroupLimits.GROUP_ID_MAX_BYTES, field,
                "at most " + GroupLimits.GROUP_ID_MAX_BYTES + " bytes");
        return check.that(GROUP_ID.matcher(groupId).matches(), field, "only letters and digits are allowed");
    }
}
