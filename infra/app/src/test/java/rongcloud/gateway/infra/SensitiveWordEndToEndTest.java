package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.GrpcAssertions.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.GrpcAssertions.assertUpstreamError;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.sensitiveword.SensitiveWordState;
import rongcloud.gateway.proto.v1.AddSensitiveWordRequest;
import rongcloud.gateway.proto.v1.AddSensitiveWordResponse;
import rongcloud.gateway.proto.v1.BatchAddSensitiveWordsRequest;
import rongcloud.gateway.proto.v1.BatchAddSensitiveWordsResponse;
import rongcloud.gateway.proto.v1.BatchRemoveSensitiveWordsRequest;
import rongcloud.gateway.proto.v1.ListSensitiveWordsRequest;
import rongcloud.gateway.proto.v1.RemoveSensitiveWordRequest;
import rongcloud.gateway.proto.v1.SensitiveWord;
import rongcloud.gateway.proto.v1.SensitiveWordEntry;
import rongcloud.gateway.proto.v1.SensitiveWordServiceGrpc;
import rongcloud.gateway.proto.v1.SensitiveWordServiceGrpc.SensitiveWordServiceBlockingStub;
import rongcloud.gateway.proto.v1.SensitiveWordType;

/**
 * Every SensitiveWordService RPC through gRPC → gateway → emulator over HTTP, asserting the emulator's word
 * list and what the read RPC returns after each write; plus bad input (no upstream call) and the capacity.
 * The word list is app-wide: each test starts from an empty list.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class SensitiveWordEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    @BeforeEach
    void emptyWordList() {
        state().reset();
    }

    private static SensitiveWordServiceBlockingStub words() {
        return client.stub(SensitiveWordServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static SensitiveWordState state() {
        return emulator().state(SensitiveWordState.class);
    }

    /** Letters only (words may hold letters and digits). */
    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<SensitiveWord> list(SensitiveWordType type) {
        return words().listSensitiveWords(ListSensitiveWordsRequest.newBuilder().setType(type).build()).getWordsList();
    }

    private static SensitiveWord sw(String word, String replaceWord, SensitiveWordType type) {
        return SensitiveWord.newBuilder().setWord(word).setReplaceWord(replaceWord).setType(type).build();
    }

    // ---- AddSensitiveWord / ListSensitiveWords ----

    @Test
    void aBlockingAndAReplacingWordAreStoredAndListedByType() {
        String block = word();
        String replace = word();
        AddSensitiveWordResponse r = words().addSensitiveWord(AddSensitiveWordRequest.newBuilder().setWord(block).build());
        assertThat(r).isEqualTo(AddSensitiveWordResponse.getDefaultInstance());
        assertThat(emulator().requests().last("/sensitiveword/add.json").params()).containsOnlyKeys("word");
        words().addSensitiveWord(AddSensitiveWordRequest.newBuilder().setWord(replace).setReplaceWord("***").build());
        assertThat(emulator().requests().last("/sensitiveword/add.json").param("replaceWord")).isEqualTo("***");
        assertThat(state().word(block).orElseThrow().replaces()).isFalse();
        assertThat(state().word(replace).orElseThrow().replaceWord()).isEqualTo("***");

        SensitiveWord blocking = sw(block, "", SensitiveWordType.SENSITIVE_WORD_TYPE_BLOCK);
        SensitiveWord replacing = sw(replace, "***", SensitiveWordType.SENSITIVE_WORD_TYPE_REPLACE);
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_UNSPECIFIED)).containsExactly(blocking, replacing);
        assertThat(emulator().requests().last("/sensitiveword/list.json").param("type")).isEqualTo("2");
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_BLOCK)).containsExactly(blocking);
        assertThat(emulator().requests().last("/sensitiveword/list.json").param("type")).isEqualTo("1");
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_REPLACE)).containsExactly(replacing);
        assertThat(emulator().requests().last("/sensitiveword/list.json").param("type")).isEqualTo("0");
    }

    @Test
    void addingAListedWordAgainChangesItsReplacement() {
        String w = word();
        words().addSensitiveWord(AddSensitiveWordRequest.newBuilder().setWord(w).build());
        words().addSensitiveWord(AddSensitiveWordRequest.newBuilder().setWord(w).setReplaceWord("x").build());
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_UNSPECIFIED))
                .containsExactly(sw(w, "x", SensitiveWordType.SENSITIVE_WORD_TYPE_REPLACE));
    }

    @Test
    void addSensitiveWordRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> words().addSensitiveWord(AddSensitiveWordRequest.getDefaultInstance()),
                "word");
        assertInvalidWithoutUpstreamCall(() -> words().addSensitiveWord(AddSensitiveWordRequest.newBuilder()
                .setWord("w".repeat(33)).setReplaceWord("r".repeat(33)).build()), "word", "replace_word");
        assertInvalidWithoutUpstreamCall(() -> words().addSensitiveWord(AddSensitiveWordRequest.newBuilder()
                .setWord("two words").build()), "word");
    }

    @Test
    void listingAnUnknownTypeIsInvalid() {
        assertInvalidWithoutUpstreamCall(() -> words().listSensitiveWords(ListSensitiveWordsRequest.newBuilder()
                .setTypeValue(9).build()), "type");
    }

    // ---- BatchAddSensitiveWords ----

    @Test
    void batchAddSendsOneJsonDocumentAndAnswersTheRemainingCapacity() {
        String a = word();
        String b = word();
        BatchAddSensitiveWordsResponse r = words().batchAddSensitiveWords(BatchAddSensitiveWordsRequest.newBuilder()
                .addWords(SensitiveWordEntry.newBuilder().setWord(a))
                .addWords(SensitiveWordEntry.newBuilder().setWord(b).setReplaceWord("y")).build());
        assertThat(r.hasRemainQuota()).isTrue();
        assertThat(r.getRemainQuota()).isEqualTo(SensitiveWordState.DEFAULT_CAPACITY - 2);
        assertThat(emulator().requests().last("/sensitiveword/batch/add.json").params("words"))
                .containsExactly("[{\"word\":\"" + a + "\"},{\"word\":\"" + b + "\",\"replaceWord\":\"y\"}]");
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_UNSPECIFIED)).containsExactly(
                sw(a, "", SensitiveWordType.SENSITIVE_WORD_TYPE_BLOCK),
                sw(b, "y", SensitiveWordType.SENSITIVE_WORD_TYPE_REPLACE));
    }

    @Test
    void aBatchBeyondTheAppCapacityFailsWhole() {
        state().setCapacity(1);
        assertUpstreamError(() -> words().batchAddSensitiveWords(BatchAddSensitiveWordsRequest.newBuilder()
                .addWords(SensitiveWordEntry.newBuilder().setWord(word()))
                .addWords(SensitiveWordEntry.newBuilder().setWord(word())).build()),
                Status.Code.INVALID_ARGUMENT, 1002);
        assertThat(state().words()).isEmpty();
    }

    @Test
    void batchAddRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> words().batchAddSensitiveWords(
                BatchAddSensitiveWordsRequest.getDefaultInstance()), "words");
        List<SensitiveWordEntry> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(SensitiveWordEntry.newBuilder().setWord("w" + i).build());
        }
        assertInvalidWithoutUpstreamCall(() -> words().batchAddSensitiveWords(BatchAddSensitiveWordsRequest.newBuilder()
                .addAllWords(many).build()), "words");
        assertInvalidWithoutUpstreamCall(() -> words().batchAddSensitiveWords(BatchAddSensitiveWordsRequest.newBuilder()
                .addWords(SensitiveWordEntry.newBuilder().setWord("same"))
                .addWords(SensitiveWordEntry.newBuilder().setWord("same"))
                .addWords(SensitiveWordEntry.newBuilder().setWord("ok").setReplaceWord("r".repeat(33))).build()),
                "words[1].word", "words[2].replace_word");
    }

    // ---- RemoveSensitiveWord / BatchRemoveSensitiveWords ----

    @Test
    void removeAndBatchRemoveTakeWordsOffTheList() {
        String a = word();
        String b = word();
        String c = word();
        for (String w : List.of(a, b, c)) {
            words().addSensitiveWord(AddSensitiveWordRequest.newBuilder().setWord(w).build());
        }
        words().removeSensitiveWord(RemoveSensitiveWordRequest.newBuilder().setWord(a).build());
        assertThat(state().word(a)).isEmpty();
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_UNSPECIFIED)).extracting(SensitiveWord::getWord)
                .containsExactly(b, c);

        words().batchRemoveSensitiveWords(BatchRemoveSensitiveWordsRequest.newBuilder().addWords(b).addWords(c).build());
        assertThat(emulator().requests().last("/sensitiveword/batch/delete.json").params("words")).containsExactly(b, c);
        assertThat(state().words()).isEmpty();
        assertThat(list(SensitiveWordType.SENSITIVE_WORD_TYPE_UNSPECIFIED)).isEmpty();
    }

    @Test
    void removeRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> words().removeSensitiveWord(RemoveSensitiveWordRequest.getDefaultInstance()),
                "word");
        assertInvalidWithoutUpstreamCall(() -> words().removeSensitiveWord(RemoveSensitiveWordRequest.newBuilder()
                .setWord("x".repeat(33)).build()), "word");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("w" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> words().batchRemoveSensitiveWords(BatchRemoveSensitiveWordsRequest
                .newBuilder().addAllWords(many).build()), "words");
        assertInvalidWithoutUpstreamCall(() -> words().batchRemoveSensitiveWords(BatchRemoveSensitiveWordsRequest
                .newBuilder().addWords("a").addWords("").addWords("a").build()), "words[1]", "words[2]");
    }
}
