package rongcloud.emulator.sensitiveword;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;

/**
 * The app's sensitive words in insertion order, each with its replacement (null for a blocking word), and the
 * app's word capacity (50 by default, "more can be bought": {@link #setCapacity}).
 */
public final class SensitiveWordState implements AreaState {
  public static final int DEFAULT_CAPACITY = 50;

  private final Map<String, String> words = new LinkedHashMap<>();
  private int capacity = DEFAULT_CAPACITY;

  /** A word of the app; {@code replaceWord} is null for a blocking word. */
  public record Word(String word, String replaceWord) {
    public boolean replaces() {
      return replaceWord != null;
    }
  }

  public synchronized List<Word> words() {
    return words.entrySet().stream().map(e -> new Word(e.getKey(), e.getValue())).toList();
  }

  public synchronized Optional<Word> word(String word) {
    return words.containsKey(word) ? Optional.of(new Word(word, words.get(word))) : Optional.empty();
  }

  /** Like buying more words (or fewer, for tests). */
  public synchronized void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public synchronized int remaining() {
    return Math.max(0, capacity - words.size());
  }

  /**
   * Adds or overwrites every word, or none when the new words would exceed the capacity. UNVERIFIED: the docs
   * name no code for an exceeded capacity; the emulator answers 1002 naming the words left
   * (the error envelope carries no remainQuota).
   */
  synchronized void addAll(List<Word> batch) {
    long fresh = batch.stream().map(Word::word).distinct().filter(w -> !words.containsKey(w)).count();
    if (words.size() + fresh > capacity) {
      throw ApiException.param("sensitive word capacity exceeded: " + remaining() + " words left, " + fresh + " new");
    }
    batch.forEach(w -> words.put(w.word(), w.replaceWord()));
  }

  synchronized void removeAll(List<String> batch) {
    batch.forEach(words::remove);
  }

  @Override
  public synchronized void reset() {
    words.clear();
    capacity = DEFAULT_CAPACITY;
  }
}
