package dev.kayakomcp.report;

import java.util.List;

/** A group of a report: one value id per grouping dimension (none for the whole set). */
public record GroupKey(List<String> ids) {

  public GroupKey {
    ids = List.copyOf(ids);
  }
}
