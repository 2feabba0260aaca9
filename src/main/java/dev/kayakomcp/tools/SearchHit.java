package dev.kayakomcp.tools;

import dev.kayakomcp.model.Ticket;

/** One search result: the ticket without its posts, and a short excerpt where the query matched. */
public record SearchHit(Ticket ticket, String snippet) {}
