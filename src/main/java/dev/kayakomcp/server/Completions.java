package dev.kayakomcp.server;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.tools.ToolContext;
import io.modelcontextprotocol.spec.McpSchema.CompleteReference;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult.CompleteCompletion;
import io.modelcontextprotocol.spec.McpSchema.PromptReference;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions for prompt arguments and resource template variables: department and status names
 * from the (cached) lookup tables, tones, and the ids of the tickets with the newest activity (one
 * ListAll, kept {@link #RECENT_TTL}). Matching is by case-insensitive prefix, then substring.
 */
final class Completions {

  private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

  /** How long the recent ticket ids are reused. */
  static final Duration RECENT_TTL = Duration.ofSeconds(60);

  /** How many recent tickets are offered. */
  static final int RECENT_COUNT = 50;

  /** At most this many values in one answer, as the specification allows. */
  private static final int MAX_VALUES = 100;

  private final ToolContext context;
  private final Object lock = new Object();
  private List<String> recent;
  private Instant recentAt = Instant.MIN;

  Completions(ToolContext context) {
    this.context = context;
  }

  /** The references this server completes. */
  static List<CompleteReference> references() {
    return List.of(
        new PromptReference(KayakoPrompts.TRIAGE_QUEUE),
        new PromptReference(KayakoPrompts.SUMMARIZE_TICKET),
        new PromptReference(KayakoPrompts.DRAFT_REPLY),
        new PromptReference(KayakoPrompts.WEEKLY_REPORT),
        new ResourceReference(KayakoResources.TICKET),
        new ResourceReference(KayakoResources.TICKET_POSTS),
        new ResourceReference(KayakoResources.DEPARTMENT_UNRESOLVED));
  }

  CompleteResult complete(CompleteRequest request) {
    String name = request.argument() == null ? "" : request.argument().name();
    String value = request.argument() == null ? "" : request.argument().value();
    List<String> candidates;
    try {
      candidates =
          switch (name) {
            case "department" -> departments();
            case "status" -> statuses();
            case "ticket_id" -> recentTickets();
            case "department_id" -> departmentIds();
            case "tone" -> KayakoPrompts.TONES;
            default -> List.of();
          };
    } catch (RuntimeException e) {
      LOG.warn("No completions for {}: {}", name, e.getMessage());
      candidates = List.of();
    }
    List<String> matches = match(candidates, value == null ? "" : value);
    List<String> shown = matches.size() > MAX_VALUES ? matches.subList(0, MAX_VALUES) : matches;
    return new CompleteResult(
        new CompleteCompletion(shown, matches.size(), matches.size() > shown.size()));
  }

  static List<String> match(List<String> candidates, String typed) {
    String t = typed.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String c : candidates) {
      if (c.toLowerCase(Locale.ROOT).startsWith(t)) {
        out.add(c);
      }
    }
    for (String c : candidates) {
      if (c.toLowerCase(Locale.ROOT).contains(t)) {
        out.add(c);
      }
    }
    return new ArrayList<>(out);
  }

  private List<String> departments() throws KayakoApiException {
    return context.client().departments().stream()
        .filter(Department::isTicketDepartment)
        .map(Department::title)
        .distinct()
        .toList();
  }

  private List<String> departmentIds() throws KayakoApiException {
    return context.client().departments().stream()
        .filter(Department::isTicketDepartment)
        .map(d -> String.valueOf(d.id()))
        .toList();
  }

  private List<String> statuses() throws KayakoApiException {
    return context.client().ticketStatuses().stream().map(TicketStatus::title).distinct().toList();
  }

  private List<String> recentTickets() throws KayakoApiException {
    synchronized (lock) {
      Instant now = context.clock().instant();
      if (recent != null && now.isBefore(recentAt.plus(RECENT_TTL))) {
        return recent;
      }
      List<Integer> departments =
          context.client().departments().stream()
              .filter(Department::isTicketDepartment)
              .map(Department::id)
              .toList();
      List<Integer> statuses =
          context.client().ticketStatuses().stream().map(TicketStatus::id).toList();
      TicketQuery query =
          new TicketQuery(
              departments,
              statuses,
              List.of(),
              List.of(),
              RECENT_COUNT,
              0,
              "lastactivity",
              TicketQuery.SortOrder.DESC);
      List<Ticket> tickets = context.client().listTickets(query);
      Set<String> ids = new LinkedHashSet<>();
      for (Ticket t : tickets) {
        if (t.displayId() != null && !t.displayId().isBlank()) {
          ids.add(t.displayId());
        }
      }
      for (Ticket t : tickets) {
        ids.add(Integer.toString(t.id()));
      }
      recent = List.copyOf(ids);
      recentAt = now;
      return recent;
    }
  }
}
