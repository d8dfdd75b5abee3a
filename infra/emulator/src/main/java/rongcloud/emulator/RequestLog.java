package rongcloud.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every API request (admin calls excluded), also those refused for signature, parameters or rate limits.
 * Counts are exact; details are kept for the most recent {@value #RETAINED} requests.
 */
public final class RequestLog {
  static final int RETAINED = 10_000;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final Deque<RecordedRequest> recent = new ArrayDeque<>();

  public int count(String path) {
    AtomicInteger count = counts.get(path);
    return count == null ? 0 : count.get();
  }

  public int total() {
    return total.get();
  }

  /** The latest request to {@code path}; NoSuchElementException when there is none. */
  public RecordedRequest last(String path) {
    synchronized (recent) {
      for (Iterator<RecordedRequest> it = recent.descendingIterator(); it.hasNext(); ) {
        RecordedRequest request = it.next();
        if (request.path().equals(path)) {
          return request;
        }
      }
    }
    throw new NoSuchElementException("no request recorded for " + path);
  }

  /** The retained requests, oldest first. */
  public List<RecordedRequest> all() {
    synchronized (recent) {
      return List.copyOf(new ArrayList<>(recent));
    }
  }

  public void clear() {
    synchronized (recent) {
      recent.clear();
      counts.clear();
      total.set(0);
    }
  }

  void record(RecordedRequest request) {
    synchronized (recent) {
      counts.computeIfAbsent(request.path(), p -> new AtomicInteger()).incrementAndGet();
      total.incrementAndGet();
      recent.addLast(request);
      if (recent.size() > RETAINED) {
        recent.removeFirst();
      }
    }
  }
}
