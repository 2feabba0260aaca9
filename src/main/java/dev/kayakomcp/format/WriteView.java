package dev.kayakomcp.format;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A write tool's answer in Markdown, from the same map its structured content carries: what was (or
 * would be) sent, the state re-read from Kayako, fields Kayako ignored, and the notes.
 */
public final class WriteView {

  /** Statuses after which something went to Kayako. */
  private static final Set<String> SENT = Set.of("landed", "not_landed", "unknown");

  private WriteView() {}

  /**
   * @param answer keys {@code status, ticket_id, display_id, summary, sent, confirmed,
   *     unchanged_fields, notes}
   */
  public static String markdown(Map<String, Object> answer) {
    String status = String.valueOf(answer.get("status"));
    StringBuilder sb = new StringBuilder("# ").append(answer.get("summary")).append("\n\n");
    sb.append("- **Status:** ").append(status).append('\n');
    if (answer.get("ticket_id") != null) {
      Object display = answer.get("display_id");
      sb.append("- **Ticket:** ")
          .append(display == null ? "" : display + " ")
          .append("(#")
          .append(answer.get("ticket_id"))
          .append(")\n");
    }
    Map<?, ?> sent = (Map<?, ?>) answer.get("sent");
    if (!sent.isEmpty()) {
      sb.append(SENT.contains(status) ? "\n## Sent\n" : "\n## Would send\n");
      sent.forEach(
          (k, v) ->
              sb.append("- `").append(k).append("`: ").append(block(v.toString())).append('\n'));
    }
    Map<?, ?> confirmed = (Map<?, ?>) answer.get("confirmed");
    if (!confirmed.isEmpty()) {
      sb.append("\n## Confirmed by re-reading Kayako\n");
      confirmed.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
    }
    List<?> unchanged = (List<?>) answer.get("unchanged_fields");
    if (!unchanged.isEmpty()) {
      sb.append("\n**Not changed:** ")
          .append(String.join(", ", unchanged.stream().map(String::valueOf).toList()))
          .append(
              " — Kayako silently ignores values it does not accept; check them and try"
                  + " again.\n");
    }
    for (Object n : (List<?>) answer.get("notes")) {
      sb.append('\n').append(n).append('\n');
    }
    return sb.toString();
  }

  private static String block(String v) {
    return v.contains("\n") ? "\n\n  " + v.replace("\n", "\n  ") + "\n" : v;
  }
}
