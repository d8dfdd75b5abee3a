package rongcloud.gateway.adapter.out.rest.sensitiveword;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.adapter.out.rest.sensitiveword.SensitiveWordDtos.BatchAddResponse;
import rongcloud.gateway.adapter.out.rest.sensitiveword.SensitiveWordDtos.ListResponse;
import rongcloud.gateway.adapter.out.rest.sensitiveword.SensitiveWordDtos.WordEntry;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.sensitiveword.AddSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.BatchAddSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.BatchRemoveSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.ListSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.RemoveSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.SensitiveWord;
import rongcloud.gateway.domain.sensitiveword.SensitiveWordPort;
import rongcloud.gateway.domain.sensitiveword.SensitiveWordType;

/**
 * {@link SensitiveWordPort} over RongCloud's REST API. Adding and removing words are idempotent settings
 * (adding a listed word again leaves the list as it is), so they may be retried.
 */
@ApplicationScoped
public class SensitiveWordRestAdapter implements SensitiveWordPort {
    private static final Class<SensitiveWordClient> API = SensitiveWordClient.class;
    /** RongCloud's list type values. */
    private static final int LIST_REPLACE = 0;
    private static final int LIST_BLOCK = 1;
    private static final int LIST_ALL = 2;

    private final RongCloudInvoker rongCloud;

    @Inject
    public SensitiveWordRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void addSensitiveWord(CallContext ctx, AddSensitiveWordCommand c) {
        rongCloud.call(ctx, "/sensitiveword/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.add(rid, c.entry().word(), c.entry().replaceWord().orElse(null)));
    }

    @Override
    public OptionalInt batchAddSensitiveWords(CallContext ctx, BatchAddSensitiveWordsCommand c) {
        List<Map<String, Object>> words = c.words().stream()
                .map(e -> WireBody.of().put("word", e.word()).put("replaceWord", e.replaceWord().orElse(null)).json())
                .toList();
        Map<String, Object> body = Map.of("words", words);
        BatchAddResponse r = rongCloud.call(ctx, "/sensitiveword/batch/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.batchAdd(rid, body));
        return r.remainQuota() == null ? OptionalInt.empty() : OptionalInt.of(r.remainQuota());
    }

    @Override
    public void removeSensitiveWord(CallContext ctx, RemoveSensitiveWordCommand c) {
        rongCloud.call(ctx, "/sensitiveword/delete.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.remove(rid, c.word()));
    }

    @Override
    public void batchRemoveSensitiveWords(CallContext ctx, BatchRemoveSensitiveWordsCommand c) {
        rongCloud.call(ctx, "/sensitiveword/batch/delete.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.batchRemove(rid, c.words()));
    }

    @Override
    public List<SensitiveWord> listSensitiveWords(CallContext ctx, ListSensitiveWordsCommand c) {
        int type = c.type().map(t -> t == SensitiveWordType.BLOCK ? LIST_BLOCK : LIST_REPLACE).orElse(LIST_ALL);
        ListResponse r = rongCloud.call(ctx, "/sensitiveword/list.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.list(rid, type));
        return r.words() == null ? List.of() : r.words().stream().map(SensitiveWordRestAdapter::word).toList();
    }

    /** type "0" replaces; anything else (documented "1") blocks; a replacement word implies replacing. */
    private static SensitiveWord word(WordEntry w) {
        Optional<String> replace = Optional.ofNullable(w.replaceWord()).filter(s -> !s.isEmpty());
        boolean replaces = "0".equals(w.type()) || w.type() == null && replace.isPresent();
        return new SensitiveWord(w.word() == null ? "" : w.word(), replace,
                replaces ? SensitiveWordType.REPLACE : SensitiveWordType.BLOCK);
    }
}
