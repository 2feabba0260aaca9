package dev.kayakomcp.tools;

import dev.kayakomcp.client.TicketQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sort fields Kayako's ticket list accepts, plus a few friendly aliases. Kayako silently sorts
 * by ticket id for anything else, so unknown names are refused here instead.
 */
final class SortFields {

  /**
   * Kayako's whitelist ({@link TicketQuery#SORT_FIELDS}, the one copy) and {@code ticketid}, the
   * server's default order, which is asked for by naming no field.
   */
  static final List<String> KAYAKO =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("ticketid"), TicketQuery.SORT_FIELDS.stream())
          .toList();

  private static final Map<String, String> ALIASES = new LinkedHashMap<>();

  static {
    ALIASES.put("last_activity", "lastactivity");
    ALIASES.put("updated", "lastactivity");
    ALIASES.put("created", "dateline");
    ALIASES.put("creationtime", "dateline");
    ALIASES.put("created_at", "dateline");
    ALIASES.put("id", "ticketid");
    ALIASES.put("status", "ticketstatustitle");
    ALIASES.put("department", "departmenttitle");
    ALIASES.put("priority", "prioritytitle");
    ALIASES.put("type", "tickettypetitle");
    ALIASES.put("due", "duetime");
    ALIASES.put("replies", "totalreplies");
    ALIASES.put("owner", "ownerstaffid");
  }

  private SortFields() {}

  /** Kayako's name for a sort field, or an argument error listing the allowed ones. */
  static String resolve(String field) {
    String f = field.strip().toLowerCase(Locale.ROOT);
    if (KAYAKO.contains(f)) {
      return f;
    }
    String alias = ALIASES.get(f);
    if (alias != null) {
      return alias;
    }
    throw new ToolArgumentException(
        "Unknown sort_field '"
            + field
            + "'. Allowed: "
            + String.join(", ", KAYAKO)
            + " (aliases: "
            + String.join(", ", ALIASES.keySet())
            + ").");
  }

  /** ASC or DESC, any case; an argument error otherwise. */
  static TicketQuery.SortOrder order(String order) {
    String o = order.strip().toUpperCase(Locale.ROOT);
    if (!o.equals("ASC") && !o.equals("DESC")) {
      throw new ToolArgumentException("'sort_order' must be ASC or DESC, not '" + order + "'.");
    }
    return TicketQuery.SortOrder.valueOf(o);
  }
}
