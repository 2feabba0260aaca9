package dev.kayakomcp.tools;

import dev.kayakomcp.model.Ticket;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A ticket id as an agent gave it, checked: a numeric id ({@code 1042}, {@code #1042}) or a display
 * id ({@code QXV-418-20573}). Anything else ({@code pat@example.com}, {@code 0}, {@code 12 34}) is
 * an argument error that says what a ticket id looks like.
 *
 * @param text the id to send to Kayako: digits, or an upper-case display id
 * @param numericId the numeric id, or 0 for a display id
 */
public record TicketRef(String text, int numericId) {

  private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,9}");

  /**
   * Kayako's masks are {@code LLL-DDD-DDDDD}; any letters-digits-dashes id up to 20 is accepted.
   */
  private static final Pattern DISPLAY =
      Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

  private static final int MAX_DISPLAY_LENGTH = 20;

  /** What a valid ticket id looks like, for argument errors. */
  static final String WHAT_IT_IS =
      "a ticket's numeric id (e.g. 1042) or display id (e.g. QXV-418-20573)";

  /**
   * Checks one ticket id argument.
   *
   * @param argument the argument's name, for the error
   * @throws ToolArgumentException when the value cannot be a ticket id
   */
  public static TicketRef parse(String argument, String raw) {
    String v = raw == null ? "" : raw.strip();
    if (v.startsWith("#")) {
      v = v.substring(1).strip();
    }
    if (NUMERIC.matcher(v).matches()) {
      int id = Integer.parseInt(v);
      if (id == 0) {
        throw new ToolArgumentException(
            "'"
                + argument
                + "' is 0, which no ticket has (ids start at 1); give "
                + WHAT_IT_IS
                + ".");
      }
      return new TicketRef(Integer.toString(id), id);
    }
    if (v.length() <= MAX_DISPLAY_LENGTH && DISPLAY.matcher(v).matches()) {
      return new TicketRef(v.toUpperCase(Locale.ROOT), 0);
    }
    String hint =
        v.contains("@")
            ? " To find a customer's tickets by e-mail use kayako_search_tickets with"
                + " search_user_email=true, or kayako_search_users and then kayako_list_tickets"
                + " with user_id."
            : "";
    throw new ToolArgumentException(
        "'" + argument + "' must be " + WHAT_IT_IS + ", not '" + shorten(raw) + "'." + hint);
  }

  /** A numeric id already known to be an id (from a listing). */
  public static TicketRef of(int id) {
    if (id < 1) {
      throw new IllegalArgumentException("ticket ids start at 1, not " + id);
    }
    return new TicketRef(Integer.toString(id), id);
  }

  public boolean isNumeric() {
    return numericId > 0;
  }

  /**
   * Whether {@code t} is the ticket asked for, rather than the one it was merged into (Kayako
   * answers a merged ticket's old id with the surviving ticket).
   */
  public boolean names(Ticket t) {
    return isNumeric() ? t.id() == numericId : text.equalsIgnoreCase(t.displayId());
  }

  /** {@code #1042} or {@code QXV-418-20573}. */
  public String shown() {
    return isNumeric() ? "#" + numericId : text;
  }

  private static String shorten(String raw) {
    String s = raw == null ? "" : raw;
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
