package rongcloud.gateway.application.service.recording;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rongcloud.gateway.domain.journal.JournalEntry;

/**
 * The ids a command names, read from its record components by naming convention: a String component whose
 * name ends in "Id" (userId, groupId, fromUserId, operatorUserId...), a list of Strings ending in "Ids"
 * (userIds, toUserIds, groupIds...), their Optional forms, and the same one level down in nested records (the
 * sender of an OutgoingMessage). Every command of the gateway follows this convention, so no per-method code.
 */
final class TargetIds {
    private TargetIds() {
    }

    static List<String> of(Object command) {
        Set<String> ids = new LinkedHashSet<>();
        collect(command, ids, 0);
        List<String> list = new ArrayList<>(ids);
        return list.size() > JournalEntry.MAX_TARGETS ? list.subList(0, JournalEntry.MAX_TARGETS) : list;
    }

    private static void collect(Object value, Set<String> ids, int depth) {
        if (value == null || !value.getClass().isRecord() || depth > 1) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (v instanceof Optional<?> o) {
                v = o.orElse(null);
            }
            String name = c.getName();
            if (v instanceof String s && name.endsWith("Id") && !name.equals("requestId")) {
                ids.add(s);
            } else if (v instanceof Collection<?> values && name.endsWith("Ids")) {
                values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
            } else if (v != null && v.getClass().isRecord()) {
                collect(v, ids, depth + 1);
            }
        }
    }
}
