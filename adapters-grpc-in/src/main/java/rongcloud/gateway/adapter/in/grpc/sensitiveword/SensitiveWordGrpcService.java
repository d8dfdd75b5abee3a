package rongcloud.gateway.adapter.in.grpc.sensitiveword;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalInt;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.application.port.in.sensitiveword.SensitiveWordUseCase;
import rongcloud.gateway.domain.sensitiveword.AddSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.BatchAddSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.BatchRemoveSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.ListSensitiveWordsCommand;
import rongcloud.gateway.domain.sensitiveword.RemoveSensitiveWordCommand;
import rongcloud.gateway.domain.sensitiveword.SensitiveWordEntry;
import rongcloud.gateway.domain.sensitiveword.SensitiveWordType;
import rongcloud.gateway.proto.v1.AddSensitiveWordRequest;
import rongcloud.gateway.proto.v1.AddSensitiveWordResponse;
import rongcloud.gateway.proto.v1.BatchAddSensitiveWordsRequest;
import rongcloud.gateway.proto.v1.BatchAddSensitiveWordsResponse;
import rongcloud.gateway.proto.v1.BatchRemoveSensitiveWordsRequest;
import rongcloud.gateway.proto.v1.BatchRemoveSensitiveWordsResponse;
import rongcloud.gateway.proto.v1.ListSensitiveWordsRequest;
import rongcloud.gateway.proto.v1.ListSensitiveWordsResponse;
import rongcloud.gateway.proto.v1.RemoveSensitiveWordRequest;
import rongcloud.gateway.proto.v1.RemoveSensitiveWordResponse;
import rongcloud.gateway.proto.v1.SensitiveWord;
import rongcloud.gateway.proto.v1.SensitiveWordService;

/** The "sensitive-word" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class SensitiveWordGrpcService implements SensitiveWordService {
    private final SensitiveWordUseCase words;

    @Inject
    public SensitiveWordGrpcService(SensitiveWordUseCase words) {
        this.words = words;
    }

    @Override
    public Uni<AddSensitiveWordResponse> addSensitiveWord(AddSensitiveWordRequest r) {
        return GrpcCalls.unary(ctx -> {
            words.addSensitiveWord(ctx, AddSensitiveWordCommand.of(r.getWord(), r.getReplaceWord()));
            return AddSensitiveWordResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchAddSensitiveWordsResponse> batchAddSensitiveWords(BatchAddSensitiveWordsRequest r) {
        return GrpcCalls.unary(ctx -> {
            OptionalInt remain = words.batchAddSensitiveWords(ctx, new BatchAddSensitiveWordsCommand(
                    r.getWordsList().stream().map(e -> SensitiveWordEntry.of(e.getWord(), e.getReplaceWord())).toList()));
            BatchAddSensitiveWordsResponse.Builder b = BatchAddSensitiveWordsResponse.newBuilder();
            remain.ifPresent(b::setRemainQuota);
            return b.build();
        });
    }

    @Override
    public Uni<RemoveSensitiveWordResponse> removeSensitiveWord(RemoveSensitiveWordRequest r) {
        return GrpcCalls.unary(ctx -> {
            words.removeSensitiveWord(ctx, new RemoveSensitiveWordCommand(r.getWord()));
            return RemoveSensitiveWordResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchRemoveSensitiveWordsResponse> batchRemoveSensitiveWords(BatchRemoveSensitiveWordsRequest r) {
        return GrpcCalls.unary(ctx -> {
            words.batchRemoveSensitiveWords(ctx, new BatchRemoveSensitiveWordsCommand(r.getWordsList()));
            return BatchRemoveSensitiveWordsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListSensitiveWordsResponse> listSensitiveWords(ListSensitiveWordsRequest r) {
        return GrpcCalls.unary(ctx -> {
            ListSensitiveWordsCommand command = switch (r.getType()) {
                case SENSITIVE_WORD_TYPE_BLOCK -> new ListSensitiveWordsCommand(Optional.of(SensitiveWordType.BLOCK));
                case SENSITIVE_WORD_TYPE_REPLACE -> new ListSensitiveWordsCommand(Optional.of(SensitiveWordType.REPLACE));
                case SENSITIVE_WORD_TYPE_UNSPECIFIED -> new ListSensitiveWordsCommand(Optional.empty());
                default -> ListSensitiveWordsCommand.unknownType(r.getTypeValue());
            };
            ListSensitiveWordsResponse.Builder b = ListSensitiveWordsResponse.newBuilder();
            for (var w : words.listSensitiveWords(ctx, command)) {
                b.addWords(SensitiveWord.newBuilder().setWord(w.word()).setReplaceWord(w.replaceWord().orElse(""))
                        .setType(w.type() == SensitiveWordType.REPLACE
                                ? rongcloud.gateway.proto.v1.SensitiveWordType.SENSITIVE_WORD_TYPE_REPLACE
                                : rongcloud.gateway.proto.v1.SensitiveWordType.SENSITIVE_WORD_TYPE_BLOCK));
            }
            return b.build();
        });
    }
}
