package dev.kayakomcp.tools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * What the report tools share: the cap on tickets one report reads, and a short-lived cache of
 * answers per tool and arguments. A cached answer is used only while no write has gone through this
 * server's Kayako client since it was computed ({@link
 * dev.kayakomcp.client.KayakoClient#writeGeneration()}).
 */
public final class Reports {

  /** Tickets one report reads at most unless the operator sets otherwise. */
  public static final int DEFAULT_MAX_TICKETS = 200_000;

  /** How long an answer stays cached. */
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(60);

  private record Entry(long writeGeneration, ToolResult result) {}

  private final int maxTickets;
  private final Cache<String, Entry> answers;

  /**
   * @param maxTickets the cap on tickets one report reads
   * @param ttl how long answers stay cached; zero caches nothing
   */
  public Reports(int maxTickets, Duration ttl) {
    if (maxTickets < 1) {
      throw new IllegalArgumentException("the report cap must be at least 1 ticket");
    }
    this.maxTickets = maxTickets;
    this.answers =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumSize(ttl.isZero() ? 0 : 200)
            .executor(Runnable::run)
            .build();
  }

  public static Reports standard() {
    return new Reports(DEFAULT_MAX_TICKETS, DEFAULT_CACHE_TTL);
  }

  public int maxTickets() {
    return maxTickets;
  }

  /** A computation of an answer that may call Kayako. */
  @FunctionalInterface
  public interface Answer {
    ToolResult compute();
  }

  /**
   * The cached answer of {@code tool} for these arguments if no write happened since it was
   * computed; otherwise computes, caches (unless it is an error) and returns it.
   */
  public ToolResult cached(
      String tool, ToolArgs args, LongSupplier writeGeneration, Answer answer) {
    String key = tool + new TreeMap<>(args.values());
    long before = writeGeneration.getAsLong();
    Entry hit = answers.getIfPresent(key);
    if (hit != null && hit.writeGeneration() == before) {
      return hit.result();
    }
    ToolResult result = answer.compute();
    if (!result.error()) {
      answers.put(key, new Entry(before, result));
    }
    return result;
  }

  /** Drops every cached answer. */
  public void clear() {
    answers.invalidateAll();
  }
}
