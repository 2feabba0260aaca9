package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Sends a planned bulk update, a few tickets at a time: one update per ticket (never retried
 * blindly: a lost answer is settled by re-reading), then the note. Every ticket gets an outcome and
 * an audit line; one ticket's failure never stops the others.
 */
final class BulkSender {

  /** Tickets in flight at once: gentle on Kayako's rate limit, still ~4x faster than one by one. */
  static final int CONCURRENCY = 4;

  private static final int YELLOW = 1;

  private final ToolContext context;
  private final Directory directory;
  private final String tool;

  BulkSender(ToolContext context, Directory directory, String tool) {
    this.context = context;
    this.directory = directory;
    this.tool = tool;
  }

  /**
   * The one place a bulk update reaches Kayako: today the client's update, the same call {@code
   * kayako_update_ticket} makes; the write pipeline takes its place here.
   */
  private Ticket update(int ticketId, Map<String, String> fields) {
    return context.client().updateTicket(ticketId, fields);
  }

  List<BulkOutcome> sendAll(List<BulkItem> items, String note) throws KayakoApiException {
    List<BulkOutcome> outcomes = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CONCURRENCY) {
      List<Future<BulkOutcome>> window = new ArrayList<>();
      for (BulkItem item : items.subList(from, Math.min(items.size(), from + CONCURRENCY))) {
        window.add(context.parallel().start(() -> send(item, note)));
      }
      for (Future<BulkOutcome> f : window) {
        outcomes.add(context.parallel().join(f));
      }
    }
    return outcomes;
  }

  private BulkOutcome send(BulkItem item, String note) {
    BulkOutcome outcome = changeFields(item);
    if (note != null
        && (outcome.result() == BulkOutcome.Result.CHANGED
            || outcome.result() == BulkOutcome.Result.UNCHANGED)) {
      outcome = new BulkOutcome(item, outcome.result(), outcome.detail(), addNote(item, note));
    } else if (note != null) {
      outcome =
          new BulkOutcome(
              item, outcome.result(), outcome.detail(), "not added: the update did not go through");
    }
    Map<String, String> audited = new LinkedHashMap<>(item.fields());
    if (note != null) {
      audited.put("note", note);
    }
    context
        .writes()
        .audit()
        .record(
            tool,
            item.before().displayId(),
            audited,
            outcome.result().word + (note == null ? "" : "; note " + outcome.note()));
    return outcome;
  }

  private BulkOutcome changeFields(BulkItem item) {
    if (item.problem() != null) {
      return new BulkOutcome(item, BulkOutcome.Result.FAILED, item.problem(), null);
    }
    if (item.fields().isEmpty()) {
      return new BulkOutcome(
          item, BulkOutcome.Result.UNCHANGED, "already had these values; nothing sent", null);
    }
    int id = item.before().id();
    Ticket after;
    String lost = "";
    try {
      after = update(id, item.fields());
    } catch (KayakoTransportException e) {
      // The update may have landed: what the ticket shows now decides.
      try {
        after = context.client().ticket(String.valueOf(id));
        lost = "Kayako's answer was lost (" + e.getMessage() + "); re-reading shows: ";
      } catch (KayakoApiException again) {
        return new BulkOutcome(
            item,
            BulkOutcome.Result.UNKNOWN,
            "Kayako did not answer and the ticket could not be re-read; check it with"
                + " kayako_get_ticket before sending again",
            null);
      }
      if (item.ignoredBy(after, directory).size() == item.fields().size()) {
        return new BulkOutcome(
            item,
            BulkOutcome.Result.UNKNOWN,
            lost
                + "no change yet. It may still land: check the ticket with kayako_get_ticket"
                + " before sending again",
            null);
      }
    } catch (KayakoApiException e) {
      return new BulkOutcome(item, BulkOutcome.Result.FAILED, e.getMessage(), null);
    } catch (RuntimeException e) {
      return new BulkOutcome(
          item,
          BulkOutcome.Result.UNKNOWN,
          "internal error while sending (" + e.getClass().getSimpleName() + "); check the ticket",
          null);
    }
    List<String> ignored = item.ignoredBy(after, directory);
    if (ignored.isEmpty()) {
      return new BulkOutcome(item, BulkOutcome.Result.CHANGED, lost + "all fields confirmed", null);
    }
    return new BulkOutcome(
        item,
        BulkOutcome.Result.UNCHANGED,
        lost + "Kayako ignored " + String.join(", ", ignored),
        null);
  }

  private String addNote(BulkItem item, String note) {
    int staff = context.writes().settings().staffId();
    try {
      context.client().addNote(item.before().id(), staff, note, YELLOW);
      return "added";
    } catch (KayakoTransportException e) {
      return "unknown: Kayako did not answer; check kayako_get_ticket_notes before adding it again";
    } catch (KayakoApiException e) {
      return "failed: " + e.getMessage();
    }
  }
}
