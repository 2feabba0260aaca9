package dev.kayakomcp.tools;

import dev.kayakomcp.model.Ticket;

/**
 * One search result: the ticket without its posts, the passage that best matched the query, and its
 * BM25 relevance (0 when only Kayako matched it, e.g. on a name or a note).
 */
public record SearchHit(Ticket ticket, String snippet, double score) {

  public SearchHit(Ticket ticket, String snippet) {
    this(ticket, snippet, 0);
  }
}
