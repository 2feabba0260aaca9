package dev.kayakomcp.live;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subscribable resource, parsed from its URI once: one ticket (by numeric or display id) or a
 * {@link Queue}. Any other URI may still be subscribed (the protocol allows it) but never changes.
 */
public sealed interface Watch {

  /** The URI clients subscribed with; notifications name exactly this URI. */
  String uri();

  /**
   * One ticket or its conversation; {@code ref} is its numeric id or display id as the client wrote
   * it.
   */
  record TicketWatch(String uri, String ref) implements Watch {
    /** The ref as compared: display ids ignore case. */
    public String key() {
      return keyOf(ref);
    }

    /** How a numeric or display id is compared. */
    public static String keyOf(String idOrDisplayId) {
      return idOrDisplayId.strip().toUpperCase(Locale.ROOT);
    }
  }

  /** A queue of tickets. */
  record QueueWatch(String uri, Queue queue) implements Watch {}

  Pattern TICKET = Pattern.compile("kayako://tickets/([^/?#]+)(/posts)?/?");
  Pattern DEPARTMENT = Pattern.compile("kayako://departments/(\\d{1,9})/unresolved/?");

  /** The watch a URI names, or empty when nothing at it ever changes (or it is no Kayako URI). */
  static Optional<Watch> parse(String uri) {
    if (uri == null) {
      return Optional.empty();
    }
    if (uri.equals(Queue.NeedsAttention.URI)) {
      return Optional.of(new QueueWatch(uri, new Queue.NeedsAttention()));
    }
    Matcher d = DEPARTMENT.matcher(uri);
    if (d.matches()) {
      return Optional.of(new QueueWatch(uri, new Queue.Unresolved(Integer.parseInt(d.group(1)))));
    }
    Matcher t = TICKET.matcher(uri);
    if (t.matches()) {
      String ref = URLDecoder.decode(t.group(1), StandardCharsets.UTF_8).strip();
      return ref.isEmpty() ? Optional.empty() : Optional.of(new TicketWatch(uri, ref));
    }
    return Optional.empty();
  }
}
