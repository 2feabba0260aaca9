package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;

/**
 * The order a report reads list pages in. Kayako cannot filter by time, so a time window is read
 * newest first by the window's own time and reading stops at the window's start.
 */
public enum ReadOrder {
  /** Newest ticket id first (no window: the cap, if reached, keeps the newest tickets). */
  ID_DESC(null),
  /** Newest creation first (a created window). */
  CREATED_DESC("dateline"),
  /** Newest last activity first (an updated window). */
  ACTIVITY_DESC("lastactivity");

  private final String sortField;

  ReadOrder(String sortField) {
    this.sortField = sortField;
  }

  /** Kayako's ListAll sort field; null for its default (ticket id). */
  public String sortField() {
    return sortField;
  }

  /** The time this order sorts by, Unix seconds; 0 for the id order. */
  public long key(Ticket t) {
    return switch (this) {
      case ID_DESC -> 0;
      case CREATED_DESC -> t.creationTime();
      case ACTIVITY_DESC -> t.lastActivity();
    };
  }
}
