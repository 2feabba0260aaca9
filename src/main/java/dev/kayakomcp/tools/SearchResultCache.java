package dev.kayakomcp.tools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Kayako's search has no paging, so one search's whole result set is kept briefly and later pages
 * are served from it. Bounded in entries and in time.
 */
public final class SearchResultCache {

  /** What identifies a search: the query and the Kayako flags it used. */
  public record Key(String query, Set<String> flags) {}

  private final Cache<Key, List<SearchHit>> cache;

  public SearchResultCache(Duration ttl, int maxSearches) {
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSearches).build();
  }

  public static SearchResultCache standard() {
    return new SearchResultCache(Duration.ofMinutes(5), 64);
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
