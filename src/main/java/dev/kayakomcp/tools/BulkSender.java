package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.write.NoteOperation;
import dev.kayakomcp.write.UpdateTicketOperation;
import dev.kayakomcp.write.WriteOperation;
import dev.kayakomcp.write.WriteOutcome;
import dev.kayakomcp.write.WritePipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Sends a planned bulk update through the {@link WritePipeline}, a few tickets at a time: one
 * update operation per ticket (sent at most once; a lost answer is settled by re-reading), then the
 * note. Every ticket gets an outcome; one ticket's failure never stops the others. The pipeline
 * writes the audit line of each write.
 */
final class BulkSender {

  /** Tickets in flight at once: gentle on Kayako's rate limit, still ~4x faster than one by one. */
  static final int CONCURRENCY = 4;

  private static final int YELLOW = 1;

  private final ToolContext context;
  private final Directory directory;
  private final String tool;
  private final WritePipeline pipeline;

  BulkSender(ToolContext context, Directory directory, String tool) {
    this.context = context;
    this.directory = directory;
    this.tool = tool;
    this.pipeline = context.writes().pipeline(context);
  }

  List<BulkOutcome> sendAll(List<BulkItem> items, String note, boolean allowDuplicateNote)
      throws KayakoApiException {
    List<BulkOutcome> outcomes = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CONCURRENCY) {
      List<Future<BulkOutcome>> window = new ArrayList<>();
      for (BulkItem item : items.subList(from, Math.min(items.size(), from + CONCURRENCY))) {
        window.add(context.parallel().start(() -> send(item, note, allowDuplicateNote)));
      }
      for (Future<BulkOutcome> f : window) {
        outcomes.add(context.parallel().join(f));
      }
    }
    return outcomes;
  }

  private BulkOutcome send(BulkItem item, String note, boolean allowDuplicateNote) {
    BulkOutcome outcome = changeFields(item);
    if (note == null) {
      return outcome;
    }
    boolean wentThrough =
        outcome.result() == BulkOutcome.Result.CHANGED
            || outcome.result() == BulkOutcome.Result.UNCHANGED;
    String noteOutcome =
        wentThrough
            ? addNote(item, note, allowDuplicateNote)
            : "not added: the update did not go through";
    return new BulkOutcome(item, outcome.result(), outcome.detail(), noteOutcome);
  }

  private BulkOutcome changeFields(BulkItem item) {
    if (item.problem() != null) {
      return new BulkOutcome(item, BulkOutcome.Result.FAILED, item.problem(), null);
    }
    if (item.fields().isEmpty()) {
      return new BulkOutcome(
          item, BulkOutcome.Result.UNCHANGED, "already had these values; nothing sent", null);
    }
    WriteOutcome w =
        submit(
            new UpdateTicketOperation(
                tool, item.before(), item.fields(), directory, auditFields(item)),
            false);
    if (w == null) {
      return new BulkOutcome(
          item,
          BulkOutcome.Result.UNKNOWN,
          "internal error while sending; check with kayako_get_ticket ticket_id="
              + item.before().displayId(),
          null);
    }
    return switch (w.kind()) {
      case LANDED ->
          w.landed().unchanged().isEmpty()
              ? new BulkOutcome(
                  item,
                  BulkOutcome.Result.CHANGED,
                  w.recovered()
                      ? "confirmed by re-reading after Kayako's answer was lost"
                      : "confirmed by re-reading",
                  null)
              : new BulkOutcome(
                  item,
                  BulkOutcome.Result.UNCHANGED,
                  "Kayako ignored " + String.join(", ", w.landed().unchanged()),
                  null);
      case NOT_LANDED -> new BulkOutcome(item, BulkOutcome.Result.FAILED, w.detail(), null);
      case UNKNOWN ->
          new BulkOutcome(
              item, BulkOutcome.Result.UNKNOWN, w.detail() + "; check: " + w.check(), null);
      case DUPLICATE -> new BulkOutcome(item, BulkOutcome.Result.UNCHANGED, w.detail(), null);
    };
  }

  private String addNote(BulkItem item, String note, boolean allowDuplicate) {
    Map<String, String> audited = new LinkedHashMap<>();
    audited.put("contents", note);
    WriteOutcome w =
        submit(
            new NoteOperation(
                tool, item.before(), context.writes().settings().staffId(), note, YELLOW, audited),
            allowDuplicate);
    if (w == null) {
      return "unknown: internal error; check kayako_get_ticket_notes ticket_id="
          + item.before().displayId();
    }
    return switch (w.kind()) {
      case LANDED -> "added";
      case NOT_LANDED -> "failed: " + w.detail();
      case UNKNOWN -> "unknown: " + w.detail() + "; check: " + w.check();
      case DUPLICATE -> "not added again: " + w.detail();
    };
  }

  /** The pipeline's outcome, or null when sending hit a bug (logged by the caller's wrapper). */
  private WriteOutcome submit(WriteOperation op, boolean allowDuplicate) {
    try {
      return pipeline.submit(op, allowDuplicate);
    } catch (RuntimeException bug) {
      org.slf4j.LoggerFactory.getLogger(BulkSender.class)
          .error("{} on {} failed with an internal error", tool, op.target(), bug);
      return null;
    }
  }

  private Map<String, String> auditFields(BulkItem item) {
    Map<String, String> m = new LinkedHashMap<>();
    item.fields()
        .forEach(
            (k, v) -> {
              String shown = null;
              for (BulkItem.Field f : BulkItem.Field.values()) {
                if (f.form.equals(k)) {
                  shown = v + " (" + f.name(directory, Integer.parseInt(v)) + ")";
                }
              }
              m.put(k, shown == null ? v : shown);
            });
    return m;
  }
}
