package dev.kayakomcp.tools;

import dev.kayakomcp.format.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code kayako_bulk_update_tickets}: the batch's status, counts per outcome and one
 * row per ticket (changed / unchanged and what Kayako ignored / failed and why / unknown and what
 * to check), as a Markdown table and as structured content.
 */
final class BulkAnswer {

  private BulkAnswer() {}

  static ToolResult render(
      String status,
      String headline,
      String selection,
      List<BulkOutcome> outcomes,
      List<String> notes,
      ResponseFormat format) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (BulkOutcome.Result r : BulkOutcome.Result.values()) {
      counts.put(r.word, 0);
    }
    outcomes.forEach(o -> counts.merge(o.result().word, 1, Integer::sum));
    counts.values().removeIf(n -> n == 0);
    List<Object> rows = new ArrayList<>();
    for (BulkOutcome o : outcomes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ticket_id", o.item().before().id());
      row.put("display_id", o.item().before().displayId());
      row.put("subject", o.item().before().subject());
      row.put("result", o.result().word);
      row.put("changes", new LinkedHashMap<>(o.item().shown()));
      row.put("detail", o.detail());
      row.put("note", o.note());
      rows.add(row);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", "kayako_bulk_update_tickets");
    m.put("status", status);
    m.put("summary", headline);
    m.put("selection", selection);
    m.put("counts", counts);
    m.put("tickets", rows);
    m.put("notes", List.copyOf(notes));
    boolean nothingWent =
        !outcomes.isEmpty()
            && outcomes.stream()
                .allMatch(
                    o ->
                        o.result() == BulkOutcome.Result.FAILED
                            || o.result() == BulkOutcome.Result.UNKNOWN);
    ToolResult result =
        format == ResponseFormat.JSON
            ? new ToolResult(Json.write(m), m)
            : new ToolResult(markdown(status, headline, selection, counts, outcomes, notes), m);
    return nothingWent ? result.asError() : result;
  }

  private static String markdown(
      String status,
      String headline,
      String selection,
      Map<String, Integer> counts,
      List<BulkOutcome> outcomes,
      List<String> notes) {
    StringBuilder sb = new StringBuilder("# ").append(headline).append("\n\n");
    sb.append("- **Status:** ").append(status).append('\n');
    sb.append("- **Tickets:** ").append(selection).append('\n');
    List<String> c = new ArrayList<>();
    counts.forEach((k, v) -> c.add(v + " " + k));
    sb.append("- **Outcome:** ").append(String.join(", ", c)).append("\n\n");
    boolean withNotes = outcomes.stream().anyMatch(o -> o.note() != null);
    sb.append("| Ticket | Subject | Result | Changes | Detail |")
        .append(withNotes ? " Note |" : "")
        .append('\n');
    sb.append("| --- | --- | --- | --- | --- |").append(withNotes ? " --- |" : "").append('\n');
    for (BulkOutcome o : outcomes) {
      List<String> changes = new ArrayList<>();
      o.item().shown().forEach((k, v) -> changes.add(k + ": " + v));
      sb.append("| ")
          .append(o.item().before().displayId())
          .append(" (#")
          .append(o.item().before().id())
          .append(") | ")
          .append(cell(o.item().before().subject()))
          .append(" | ")
          .append(o.result().word)
          .append(" | ")
          .append(cell(String.join("; ", changes)))
          .append(" | ")
          .append(cell(o.detail()))
          .append(" |");
      if (withNotes) {
        sb.append(' ').append(cell(o.note())).append(" |");
      }
      sb.append('\n');
    }
    for (String n : notes) {
      sb.append('\n').append(n).append('\n');
    }
    return sb.toString();
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").replace("|", "\\|").strip();
    return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
  }

  static Map<String, Object> outputSchema() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("ticket_id", Schema.type("integer"));
    row.put("display_id", Schema.type("string"));
    row.put("subject", Schema.type("string"));
    row.put(
        "result",
        Schema.ordered(
            "type",
            "string",
            "enum",
            List.of("planned", "changed", "unchanged", "failed", "unknown")));
    row.put(
        "changes", Schema.ordered("type", "object", "additionalProperties", Schema.type("string")));
    row.put("detail", Schema.nullable("string"));
    row.put("note", Schema.nullable("string"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("tool", Schema.type("string"));
    p.put(
        "status",
        Schema.ordered(
            "type",
            "string",
            "enum",
            List.of("done", "dry_run", "needs_confirmation", "declined", "refused")));
    p.put("summary", Schema.type("string"));
    p.put("selection", Schema.type("string"));
    p.put(
        "counts", Schema.ordered("type", "object", "additionalProperties", Schema.type("integer")));
    p.put("tickets", Schema.arrayOf(OutputSchemas.object(row, List.of("ticket_id", "result"))));
    p.put("notes", Schema.arrayOf(Schema.type("string")));
    return OutputSchemas.object(p, List.of("tool", "status", "summary", "tickets"));
  }
}
