package rongcloud.gateway.domain.sensitiveword;

import java.util.List;
import java.util.OptionalInt;
import rongcloud.gateway.domain.CallContext;

/** RongCloud's sensitive-word capability (catalog area "sensitive-word"), one method per documented endpoint. */
public interface SensitiveWordPort {
    /** /sensitiveword/add.json */
    void addSensitiveWord(CallContext ctx, AddSensitiveWordCommand command);

    /** /sensitiveword/batch/add.json; the remaining capacity when RongCloud tells it. */
    OptionalInt batchAddSensitiveWords(CallContext ctx, BatchAddSensitiveWordsCommand command);

    /** /sensitiveword/delete.json */
    void removeSensitiveWord(CallContext ctx, RemoveSensitiveWordCommand command);

    /** /sensitiveword/batch/delete.json */
    void batchRemoveSensitiveWords(CallContext ctx, BatchRemoveSensitiveWordsCommand command);

    /** /sensitiveword/list.json */
    List<SensitiveWord> listSensitiveWords(CallContext ctx, ListSensitiveWordsCommand command);
}
