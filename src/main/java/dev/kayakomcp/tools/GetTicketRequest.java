package dev.kayakomcp.tools;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The arguments of {@code kayako_get_ticket}, parsed once. */
record GetTicketRequest(
    TicketRef ticket,
    String detail,
    Set<String> include,
    boolean includeQuoted,
    ResponseFormat format) {

  static GetTicketRequest parse(ToolArgs args) {
    String detail = parseDetail(args);
    return new GetTicketRequest(
        TicketRef.parse("ticket_id", args.requiredString("ticket_id")),
        detail,
        parseInclude(args, detail),
        args.bool("include_quoted", false),
        args.format());
  }

  TicketParts parts() {
    return new TicketParts(
        include.contains("posts") || include.contains("attachments"),
        include.contains("custom_fields"));
  }

  private static String parseDetail(ToolArgs args) {
    String d = args.string("detail", "standard").toLowerCase(Locale.ROOT);
    if (!List.of("summary", "standard", "full").contains(d)) {
      throw new ToolArgumentException(
          "'detail' must be summary, standard or full, not '" + d + "'.");
    }
    return d;
  }

  /** The parts asked for: include (array or comma list), include_posts, or all for detail=full. */
  static Set<String> parseInclude(ToolArgs args, String detail) {
    Set<String> parts = new LinkedHashSet<>();
    for (String p : args.stringList("include")) {
      String part = p.strip().toLowerCase(Locale.ROOT).replace('-', '_');
      switch (part) {
        case "" -> {}
        case "custom_field", "customfields", "fields" -> parts.add("custom_fields");
        case "time_tracking", "timetracking", "time_tracks" -> parts.add("time");
        case "post", "conversation" -> parts.add("posts");
        case "note" -> parts.add("notes");
        case "attachment", "files" -> parts.add("attachments");
        default -> {
          if (!GetTicketTool.PARTS.contains(part)) {
            throw new ToolArgumentException(
                "'include' takes " + String.join(", ", GetTicketTool.PARTS) + "; not '" + p + "'.");
          }
          parts.add(part);
        }
      }
    }
    if (args.bool("include_posts", false)) {
      parts.add("posts");
    }
    if (detail.equals("full")) {
      parts.addAll(GetTicketTool.PARTS);
    }
    Set<String> ordered = new LinkedHashSet<>();
    GetTicketTool.PARTS.stream().filter(parts::contains).forEach(ordered::add);
    return ordered;
  }
}
