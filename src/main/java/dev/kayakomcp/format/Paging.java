package dev.kayakomcp.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place for the words that tell an agent a result is incomplete and how to get the rest:
 * items that did not fit in one answer, and the exact arguments of the next call.
 */
public final class Paging {

  private Paging() {}

  /**
   * {@code Showing 12 of 40 notes (the rest did not fit in one answer). <Next step>.}, or "" when
   * everything was shown. {@code nextStep} is a sentence saying how to see the rest, e.g. {@code
   * Use response_format=json for a compact form}.
   */
  public static String didNotFit(int shown, int total, String noun, String nextStep) {
    if (shown >= total) {
      return "";
    }
    return "Showing "
        + shown
        + " of "
        + total
        + " "
        + noun
        + " (the rest did not fit in one answer). "
        + nextStep
        + (nextStep.endsWith("}") ? "\n" : ".\n");
  }

  /** {@link #didNotFit(int, int, String, String)} pointing at the compact JSON form. */
  public static String didNotFit(int shown, int total, String noun) {
    return didNotFit(shown, total, noun, "Use response_format=json for a compact form");
  }

  /**
   * {@code More tickets: call kayako_list_tickets with {...}}; when a page was cut by the answer's
   * size ({@code cutBySize} items fitted, 0 when not cut), it says so first.
   */
  public static String more(
      String noun, String tool, Map<String, Object> arguments, int cutBySize) {
    return (cutBySize > 0 ? "Only " + cutBySize + " " + noun + " fit in one answer. " : "")
        + "More "
        + noun
        + ": "
        + nextCall(tool, arguments)
        + "\n";
  }

  /** The rest of a conversation: {@code kayako_get_ticket_posts} from {@code shown}. */
  public static String morePosts(int ticketId, int shown, int total) {
    Map<String, Object> next = new LinkedHashMap<>();
    next.put("ticket_id", String.valueOf(ticketId));
    next.put("offset", shown);
    return "\n"
        + didNotFit(
            shown, total, "posts", "For the rest " + nextCall("kayako_get_ticket_posts", next));
  }

  /** {@code call kayako_x with {"query":…, "offset": 40, "limit": 20}}. */
  public static String nextCall(String tool, Map<String, Object> arguments) {
    return "call " + tool + " with " + Json.write(arguments);
  }
}
