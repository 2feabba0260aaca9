package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import java.time.Instant;
import java.util.List;

/**
 * PLACEHOLDER written by the emulator branch only so it compiles; the dataset branch owns this
 * class and replaces it at merge (same signature). It builds a trivial helpdesk.
 */
public final class DatasetGenerator {

  private DatasetGenerator() {}

  /** A helpdesk with {@code tickets} tickets, deterministic for a seed and a "now". */
  public static Helpdesk generate(long seed, int tickets, Instant now) {
    Helpdesk h = new Helpdesk();
    long t = now.getEpochSecond();
    h.departments.put(1, new Department(1, "General", "public", "tickets", 1, 0, false, List.of()));
    h.statuses.put(
        1,
        new TicketStatus(
            1, "Open", 1, 0, "", "public", true, false, true, "", "", false, false, false,
            List.of()));
    h.priorities.put(1, new TicketPriority(1, "Normal", 1, "", "", "public", false, List.of()));
    h.types.put(1, new TicketType(1, "Issue", 1, 0, "", "public", false, List.of()));
    for (int i = 1; i <= tickets; i++) {
      long created = t - (tickets - i + 1) * 3600L;
      h.tickets.put(
          i,
          new Ticket(
              i,
              0,
              Integer.toString(i),
              1,
              1,
              1,
              1,
              0,
              "",
              0,
              0,
              "",
              "Placeholder User",
              "user" + i + "@example.com",
              "Placeholder User",
              "Ticket " + i + " (seed " + seed + ")",
              created,
              created,
              0,
              created,
              0,
              0,
              0,
              0,
              "",
              2,
              4,
              1,
              false,
              0,
              0,
              "",
              null,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              null));
      h.posts.put(
          i,
          List.of(
              new Post(
                  i,
                  i,
                  created,
                  0,
                  "Placeholder User",
                  "user" + i + "@example.com",
                  "",
                  "",
                  false,
                  PostCreator.USER,
                  false,
                  false,
                  false,
                  0,
                  false,
                  "Hello",
                  false,
                  List.of())));
    }
    h.nextTicketId = tickets + 1;
    h.nextPostId = tickets + 1;
    return h;
  }
}
