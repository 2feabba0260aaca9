package dev.kayakomcp.tools;

import dev.kayakomcp.format.Json;
import dev.kayakomcp.format.WriteView;
import dev.kayakomcp.write.WriteOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of a write tool, in Markdown and as structured content: what was (or would be) sent
 * with names resolved to ids, and the state Kayako confirmed on re-reading.
 */
final class WriteAnswer {

  /** How the write ended. */
  enum Status {
    LANDED("landed"),
    DRY_RUN("dry_run"),
    NEEDS_CONFIRMATION("needs_confirmation"),
    DECLINED("declined"),
    REFUSED_DUPLICATE("refused_duplicate"),
    NOT_LANDED("not_landed"),
    UNKNOWN("unknown");

    final String word;

    Status(String word) {
      this.word = word;
    }
  }

  private final String tool;
  private Status status = Status.LANDED;
  private Integer ticketId;
  private String displayId;
  private String headline = "";
  private final Map<String, String> sent = new LinkedHashMap<>();
  private final Map<String, Object> confirmed = new LinkedHashMap<>();
  private final List<String> unchanged = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  WriteAnswer(String tool) {
    this.tool = tool;
  }

  WriteAnswer status(Status s) {
    this.status = s;
    return this;
  }

  Status status() {
    return status;
  }

  WriteAnswer ticket(int id, String display) {
    this.ticketId = id;
    this.displayId = display;
    return this;
  }

  /** The ticket written to, with a note when the id asked for was a merged ticket's old id. */
  WriteAnswer on(LoadedTicket loaded) {
    ticket(loaded.id(), loaded.ticket().displayId());
    if (loaded.merged()) {
      note(loaded.mergeNotice().strip() + " The write goes to the surviving ticket.");
    }
    return this;
  }

  WriteAnswer headline(String text) {
    this.headline = text;
    return this;
  }

  /** A form field as it is (or would be) sent, with a readable gloss for ids. */
  WriteAnswer sent(String field, String value) {
    sent.put(field, value);
    return this;
  }

  Map<String, String> sentFields() {
    return sent;
  }

  WriteAnswer confirmed(String field, Object value) {
    confirmed.put(field, value);
    return this;
  }

  WriteAnswer unchanged(String field) {
    unchanged.add(field);
    return this;
  }

  WriteAnswer note(String text) {
    notes.add(text);
    return this;
  }

  /** Status, confirmed state and notes from how the pipeline's write ended. */
  WriteAnswer outcome(WriteOutcome o, boolean idempotent) {
    if (o.shared()) {
      note(
          "An identical call was already in flight: this is its outcome (the write was sent"
              + " once).");
    }
    if (o.landed() != null) {
      if (ticketId == null && o.landed().confirmed().get("display_id") instanceof String d) {
        ticket(o.landed().id(), d);
      }
      o.landed().confirmed().forEach(this::confirmed);
      o.landed().unchanged().forEach(this::unchanged);
    }
    switch (o.kind()) {
      case LANDED -> {
        status(Status.LANDED);
        if (o.recovered()) {
          note(
              "Kayako's answer was lost ("
                  + o.detail()
                  + "), but re-reading Kayako shows the write landed. Do not send it again.");
        }
      }
      case NOT_LANDED ->
          status(Status.NOT_LANDED)
              .note("Not stored in Kayako: " + o.detail() + ". It is safe to send it again.");
      case UNKNOWN ->
          status(Status.UNKNOWN)
              .note(
                  "It is unknown whether this landed: "
                      + o.detail()
                      + ". "
                      + (idempotent
                          ? "Sending the same update again is harmless; or check first: "
                          : "Do not send it again before checking: ")
                      + o.check()
                      + "."
                      + (idempotent
                          ? ""
                          : " An identical call within the duplicate window is refused; if the"
                              + " check shows it missing, call again with allow_duplicate=true."));
      case DUPLICATE ->
          status(Status.REFUSED_DUPLICATE)
              .note(
                  "Refused: "
                      + o.detail()
                      + ". Nothing was sent."
                      + (o.check().isEmpty() ? "" : " Check first: " + o.check() + ".")
                      + " If a second identical one is really wanted, call again with"
                      + " allow_duplicate=true.");
    }
    return this;
  }

  /** Refusals and failures are errors the agent must act on; the rest are answers. */
  ToolResult result(ResponseFormat format) {
    ToolResult r = render(format);
    return switch (status) {
      case REFUSED_DUPLICATE, NOT_LANDED, UNKNOWN -> r.asError();
      default -> r;
    };
  }

  ToolResult render(ResponseFormat format) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", tool);
    m.put("status", status.word);
    m.put("ticket_id", ticketId);
    m.put("display_id", displayId);
    m.put("summary", headline);
    m.put("sent", new LinkedHashMap<>(sent));
    m.put("confirmed", new LinkedHashMap<>(confirmed));
    m.put("unchanged_fields", List.copyOf(unchanged));
    m.put("notes", List.copyOf(notes));
    if (format == ResponseFormat.JSON) {
      return new ToolResult(Json.write(m), m);
    }
    return new ToolResult(WriteView.markdown(m), m);
  }

  static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("tool", Schema.type("string"));
    p.put(
        "status",
        Schema.ordered(
            "type",
            "string",
            "enum",
            List.of(
                "landed",
                "dry_run",
                "needs_confirmation",
                "declined",
                "refused_duplicate",
                "not_landed",
                "unknown")));
    p.put("ticket_id", Schema.nullable("integer"));
    p.put("display_id", Schema.nullable("string"));
    p.put("summary", Schema.type("string"));
    p.put("sent", Schema.ordered("type", "object", "additionalProperties", Schema.type("string")));
    p.put("confirmed", Schema.type("object"));
    p.put("unchanged_fields", Schema.arrayOf(Schema.type("string")));
    p.put("notes", Schema.arrayOf(Schema.type("string")));
    return OutputSchemas.object(p, List.of("tool", "status", "summary", "sent"));
  }
}
