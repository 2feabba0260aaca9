package dev.kayakomcp.format;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Kayako timestamps (Unix seconds, 0 = not set) rendered for agents: ISO-8601 in UTC plus a
 * readable form with the age. Everything is UTC: a local time is never labelled UTC.
 */
public final class Times {

  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final Clock clock;

  public Times(Clock clock) {
    this.clock = clock;
  }

  /** ISO-8601 UTC ({@code 2026-03-04T12:00:00Z}), or null when the time is not set. */
  public static String iso(long unixSeconds) {
    if (unixSeconds <= 0) {
      return null;
    }
    return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(unixSeconds));
  }

  /** {@code 2026-03-04T12:00:00Z (4 Mar 2026 12:00 UTC, 3 days ago)}, or "—" when not set. */
  public String both(long unixSeconds) {
    if (unixSeconds <= 0) {
      return "—";
    }
    Instant t = Instant.ofEpochSecond(unixSeconds);
    return iso(unixSeconds) + " (" + READABLE.format(t) + ", " + relative(t) + ")";
  }

  /** The age or distance of an instant from now, in the largest sensible unit. */
  public String relative(Instant t) {
    Duration d = Duration.between(t, clock.instant());
    boolean future = d.isNegative();
    long s = Math.abs(d.getSeconds());
    String amount;
    if (s < 60) {
      return future ? "in under a minute" : "just now";
    } else if (s < 3600) {
      amount = plural(s / 60, "minute");
    } else if (s < 86_400) {
      amount = plural(s / 3600, "hour");
    } else if (s < 86_400L * 60) {
      amount = plural(s / 86_400, "day");
    } else if (s < 86_400L * 730) {
      amount = plural(s / (86_400L * 30), "month");
    } else {
      amount = plural(s / (86_400L * 365), "year");
    }
    return future ? "in " + amount : amount + " ago";
  }

  /** Now, as ISO-8601 UTC. */
  public String now() {
    return DateTimeFormatter.ISO_INSTANT.format(
        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
