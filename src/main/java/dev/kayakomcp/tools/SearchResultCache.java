package dev.kayakomcp.tools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kayakomcp.format.SearchCap;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Kayako's search has no paging, so one search's whole result set is kept briefly and later pages
 * are served from it. Bounded in time and in memory: weighed by hits, so a few huge result sets
 * cannot crowd out memory the way a count of searches would allow.
 */
public final class SearchResultCache {

  /** What identifies a search: the query and the Kayako flags it used. */
  public record Key(String query, Set<String> flags) {}

  /** Kayako's "search result limit" unless told otherwise (the emulator's default too). */
  public static final int DEFAULT_RESULT_LIMIT = 100;

  private final Cache<Key, SearchOutcome> cache;
  private volatile int resultLimit = DEFAULT_RESULT_LIMIT;

  public SearchResultCache(Duration ttl, int maxSearches) {
    this(ttl, (long) maxSearches * 1000);
  }

  /**
   * @param ttl how long a result set stays
   * @param maxHits hits kept over all searches (each search also weighs 1); 0 turns caching off
   */
  public SearchResultCache(Duration ttl, long maxHits) {
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumWeight(maxHits)
            .<Key, SearchOutcome>weigher((k, v) -> 1 + v.hits().size())
            .executor(Runnable::run)
            .build();
  }

  public static SearchResultCache standard() {
    return new SearchResultCache(Duration.ofMinutes(5), 20_000L);
  }

  /** A cache that keeps nothing ({@code --no-cache}). */
  public static SearchResultCache disabled() {
    return new SearchResultCache(Duration.ofMinutes(5), 0L);
  }

  /**
   * The admin's "search result limit" the server assumes: a search returning this many tickets was
   * cut short. Kept here, next to the searches it describes.
   */
  public int resultLimit() {
    return resultLimit;
  }

  /** Sets the limit the server assumes (values below 1 count as 1); returns this cache. */
  public SearchResultCache resultLimit(int limit) {
    this.resultLimit = Math.max(1, limit);
    return this;
  }

  public SearchOutcome get(Key key) {
    return cache.getIfPresent(key);
  }

  public void put(Key key, SearchOutcome outcome) {
    cache.put(key, outcome);
  }

  /** Keeps hits of a search that stayed under Kayako's limit. */
  public void put(Key key, List<SearchHit> hits) {
    put(key, new SearchOutcome(hits, SearchCap.notReached(0, hits.size())));
  }

  public void clear() {
    cache.invalidateAll();
  }
}
