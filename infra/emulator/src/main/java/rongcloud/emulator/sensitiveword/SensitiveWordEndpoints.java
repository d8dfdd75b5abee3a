package rongcloud.emulator.sensitiveword;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.BodyKind.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.sensitiveword.SensitiveWordState.Word;

/**
 * The 5 sensitive-word endpoints of sensitive-word.yaml: form bodies, except /sensitiveword/batch/add.json
 * (JSON {"words":[{"word","replaceWord"}]}). Block vs replace is the presence of replaceWord.
 */
public final class SensitiveWordEndpoints implements ApiArea {
  private static final Limit WORD = Limit.chars(32);
  private static final Limit REPLACE_WORD = Limit.chars(32);
  /** "Chinese characters, digits, letters" (any script the filter supports). */
  private static final Pattern WORD_CHARS = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final int BATCH_REMOVE_MAX = 50;
  /** All 5 endpoints: 100 requests/second. */
  private static final Quota QUOTA = Quota.perSecond(100);

  private SensitiveWordState state;

  @Override
  public void install(EmulatorContext context, Router r) {
    state = context.register(SensitiveWordState.class, new SensitiveWordState());
    r.post("/sensitiveword/add.json", FORM, QUOTA, this::add);
    r.post("/sensitiveword/batch/add.json", JSON, QUOTA, this::batchAdd);
    r.post("/sensitiveword/delete.json", FORM, QUOTA, this::remove);
    r.post("/sensitiveword/batch/delete.json", FORM, QUOTA, this::batchRemove);
    r.post("/sensitiveword/list.json", FORM, QUOTA, this::list);
  }

  private Reply add(Params p) {
    String word = word("word", p.requiredString("word", WORD));
    state.addAll(List.of(new Word(word, p.optionalString("replaceWord", REPLACE_WORD))));
    return Reply.ok();
  }

  private Reply batchAdd(Params p) {
    JsonNode words = p.json("words");
    if (words == null || !words.isArray() || words.isEmpty()) {
      throw ApiException.param("words is required: a JSON array of {word, replaceWord}");
    }
    List<Word> batch = new ArrayList<>();
    for (JsonNode w : words) {
      if (!w.isObject()) {
        throw ApiException.param("words must hold objects");
      }
      String word = text(w, "word", WORD);
      if (word == null) {
        throw ApiException.param("words[].word is required");
      }
      batch.add(new Word(word("words[].word", word), text(w, "replaceWord", REPLACE_WORD)));
    }
    state.addAll(batch);
    return Reply.ok().with("remainQuota", state.remaining());
  }

  private Reply remove(Params p) {
    state.removeAll(List.of(p.requiredString("word", WORD)));
    return Reply.ok();
  }

  private Reply batchRemove(Params p) {
    state.removeAll(p.requiredList("words", BATCH_REMOVE_MAX, WORD));
    return Reply.ok();
  }

  /** type 0 = replacement words, 1 = blocked words (default), 2 = all; type is a string "0"/"1" per word. */
  private Reply list(Params p) {
    int type = p.optionalInt("type", 1, 0, 2);
    List<Map<String, String>> words = state.words().stream()
        .filter(w -> type == 2 || (type == 0) == w.replaces())
        .map(w -> {
          Map<String, String> entry = new LinkedHashMap<>();
          entry.put("word", w.word());
          entry.put("replaceWord", w.replaces() ? w.replaceWord() : "");
          entry.put("type", w.replaces() ? "0" : "1");
          return entry;
        })
        .toList();
    return Reply.ok().with("words", words);
  }

  private static String word(String name, String word) {
    if (!WORD_CHARS.matcher(word).matches()) {
      throw ApiException.param(name + " may hold only letters and digits, got: " + word);
    }
    return word;
  }

  private static String text(JsonNode parent, String name, Limit limit) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull() || node.asText().isEmpty()) {
      return null;
    }
    if (!node.isTextual()) {
      throw ApiException.param("words[]." + name + " must be a string");
    }
    limit.check("words[]." + name, node.asText());
    return node.asText();
  }
}
