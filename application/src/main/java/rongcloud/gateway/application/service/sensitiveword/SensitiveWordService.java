package rongcloud.gateway.application.service.sensitiveword;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import rongcloud.gateway.application.port.in.sensitiveword.SensitiveWordUseCase;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.sensitiveword.AddSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.BatchAddSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.BatchRemoveSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.ListSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.RemoveSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.SensitiveWord;
import rongcloud.gateway.domain.sensitiveword.SensitiveWordPort;

/** The sensitive-word use cases: each is one upstream call behind its quota (commands validate themselves). */
public final class SensitiveWordService implements SensitiveWordUseCase {
    private final SensitiveWordPort port;
    private final QuotaGate quota;

    public SensitiveWordService(SensitiveWordPort port, QuotaGate quota) {
        this.port = Objects.requireNonNull(port, "port");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    @Override
    public void addSensitiveWord(CallContext ctx, AddSensitiveWordCommand command) {
        quota.acquire(ctx, QuotaCall.of("/sensitiveword/add.json"));
        port.addSensitiveWord(ctx, command);
    }

    @Override
    public OptionalInt batchAddSensitiveWords(CallContext ctx, BatchAddSensitiveWordsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/sensitiveword/batch/add.json"));
        return port.batchAddSensitiveWords(ctx, command);
    }

    @Override
    public void removeSensitiveWord(CallContext ctx, RemoveSensitiveWordCommand command) {
        quota.acquire(ctx, QuotaCall.of("/sensitiveword/delete.json"));
        port.removeSensitiveWord(ctx, command);
    }

    @Override
    public void batchRemoveSensitiveWords(CallContext ctx, BatchRemoveSensitiveWordsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/sensitiveword/batch/delete.json"));
        port.batchRemoveSensitiveWords(ctx, command);
    }

    @Override
    public List<SensitiveWord> listSensitiveWords(CallContext ctx, ListSensitiveWordsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/sensitiveword/list.json"));
        return port.listSensitiveWords(ctx, command);
    }
}
