package rongcloud.gateway.application.port.in.sensitiveword;

import java.util.List;
import java.util.OptionalInt;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.sensitiveword.AddSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.BatchAddSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.BatchRemoveSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.ListSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.RemoveSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.SensitiveWord;

/** What callers can do with the app's sensitive words: the incoming port of the "sensitive-word" area. */
public interface SensitiveWordUseCase {
    void addSensitiveWord(CallContext ctx, AddSensitiveWordCommand command);

    OptionalInt batchAddSensitiveWords(CallContext ctx, BatchAddSensitiveWordsCommand command);

    void removeSensitiveWord(CallContext ctx, RemoveSensitiveWordCommand command);

    void batchRemoveSensitiveWords(CallContext ctx, BatchRemoveSensitiveWordsCommand command);

    List<SensitiveWord> listSensitiveWords(CallContext ctx, ListSensitiveWordsCommand command);
}
