package dev.kayakomcp.tools;

import dev.kayakomcp.format.SearchCap;
import java.util.List;

/** One search's whole result, most relevant first, and whether Kayako's limit cut it short. */
public record SearchOutcome(List<SearchHit> hits, SearchCap cap) {

  public SearchOutcome {
    hits = List.copyOf(hits);
  }
}
