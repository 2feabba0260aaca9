package dev.kayakomcp.tools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

  private final Cache<Key, List<SearchHit>> cache;

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
            .<Key, List<SearchHit>>weigher((k, v) -> 1 + v.size())
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

  public List<SearchHit> get(Key key) {
    return cache.getIfPresent(key);
  }

  public void put(Key key, List<SearchHit> hits) {
    cache.put(key, List.copyOf(hits));
  }

  public void clear() {
    cache.invalidateAll();
  }
}
