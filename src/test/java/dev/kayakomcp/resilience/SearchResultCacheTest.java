package dev.kayakomcp.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.tools.SearchHit;
import dev.kayakomcp.tools.SearchResultCache;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search result cache is bounded by hits (not only by searches), and can be switched off. */
class SearchResultCacheTest {

  private static List<SearchHit> hits(int n) {
    return Collections.nCopies(n, new SearchHit(null, "snippet"));
  }

  @Test
  void aDisabledCacheKeepsNothing() {
    SearchResultCache cache = SearchResultCache.disabled();
    SearchResultCache.Key key = new SearchResultCache.Key("printer", Set.of("contents"));
    cache.put(key, List.of());
    assertThat(cache.get(key)).isNull();
  }

  @Test
  void manyHitsCrowdOutOlderSearches() {
    SearchResultCache cache = new SearchResultCache(Duration.ofMinutes(5), 1_000L);
    for (int i = 0; i < 20; i++) {
      cache.put(new SearchResultCache.Key("q" + i, Set.of()), hits(300));
    }
    int kept = 0;
    for (int i = 0; i < 20; i++) {
      if (cache.get(new SearchResultCache.Key("q" + i, Set.of())) != null) {
        kept++;
      }
    }
    assertThat(kept).as("at most 1,000 hits' worth").isBetween(1, 3);
  }
}
