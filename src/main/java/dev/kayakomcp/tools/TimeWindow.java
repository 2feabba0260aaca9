package dev.kayakomcp.tools;

import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code updated_since}, {@code updated_before}, {@code created_since} and {@code
 * created_before} arguments: an ISO-8601 date (midnight UTC) or date-time (UTC unless an offset is
 * given), or a relative age such as {@code 30m}, {@code 24h}, {@code 7d}, {@code 2w} counted back
 * from now. "since" includes its instant, "before" excludes it. Bounds are Unix seconds, null when
 * not given.
 */
public record TimeWindow(
    Long updatedSince, Long updatedBefore, Long createdSince, Long createdBefore) {

  static final List<String> ARGUMENTS =
      List.of("updated_since", "updated_before", "created_since", "created_before");

  private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

  /** The window the arguments ask for; every bound null when none is given. */
  static TimeWindow from(ToolArgs args, Clock clock) {
    return new TimeWindow(
        parse(args, "updated_since", clock),
        parse(args, "updated_before", clock),
        parse(args, "created_since", clock),
        parse(args, "created_before", clock));
  }

  /** Adds the four arguments to a tool's input schema. */
  static Schema addTo(Schema schema) {
    String how =
        " ISO-8601 date (2026-03-01 = midnight UTC) or date-time (2026-03-01T09:00:00Z), or"
            + " relative: 30m, 24h, 7d, 2w (back from now).";
    return schema
        .string("updated_since", "Only tickets with last activity at or after this time." + how)
        .string("updated_before", "Only tickets with last activity before this time." + how)
        .string("created_since", "Only tickets created at or after this time." + how)
        .string("created_before", "Only tickets created before this time." + how);
  }

  public boolean isEmpty() {
    return updatedSince == null
        && updatedBefore == null
        && createdSince == null
        && createdBefore == null;
  }

  public boolean filtersUpdated() {
    return updatedSince != null || updatedBefore != null;
  }

  public boolean matches(Ticket t) {
    return within(t.lastActivity(), updatedSince, updatedBefore)
        && within(t.creationTime(), createdSince, createdBefore);
  }

  private static boolean within(long t, Long since, Long before) {
    return (since == null || t >= since) && (before == null || t < before);
  }

  /** {@code last activity ≥ 2026-03-01T00:00:00Z; created < …}, for answers. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (updatedSince != null) {
      parts.add("last activity ≥ " + Times.iso(updatedSince));
    }
    if (updatedBefore != null) {
      parts.add("last activity < " + Times.iso(updatedBefore));
    }
    if (createdSince != null) {
      parts.add("created ≥ " + Times.iso(createdSince));
    }
    if (createdBefore != null) {
      parts.add("created < " + Times.iso(createdBefore));
    }
    return String.join(", ", parts);
  }

  /** The bounds as ISO-8601 strings, for structured content. */
  public Map<String, Object> structured() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("updated_since", updatedSince == null ? null : Times.iso(updatedSince));
    m.put("updated_before", updatedBefore == null ? null : Times.iso(updatedBefore));
    m.put("created_since", createdSince == null ? null : Times.iso(createdSince));
    m.put("created_before", createdBefore == null ? null : Times.iso(createdBefore));
    return m;
  }

  static Map<String, Object> schema() {
    Map<String, Object> p = new LinkedHashMap<>();
    for (String name : ARGUMENTS) {
      p.put(name, Schema.nullable("string"));
    }
    return OutputSchemas.object(p, List.of());
  }

  /**
   * Adds the bounds to the next page's arguments as ISO-8601 instants, so a relative age such as
   * {@code 24h} does not move between pages.
   */
  void copyTo(Map<String, Object> next) {
    structured()
        .forEach(
            (name, value) -> {
              if (value != null) {
                next.put(name, value);
              }
            });
  }

  static Long parse(ToolArgs args, String name, Clock clock) {
    String raw = args.string(name, null);
    if (raw == null) {
      return null;
    }
    String v = raw.strip();
    Matcher rel = RELATIVE.matcher(v.toLowerCase(Locale.ROOT));
    if (rel.matches()) {
      long n = Long.parseLong(rel.group(1));
      Duration d =
          switch (rel.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
          };
      return clock.instant().minus(d).getEpochSecond();
    }
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      }
      try {
        return OffsetDateTime.parse(v).toEpochSecond();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(v).getEpochSecond();
        } catch (DateTimeParseException e2) {
          return LocalDateTime.parse(v).toEpochSecond(ZoneOffset.UTC);
        }
      }
    } catch (DateTimeParseException e) {
      throw new ToolArgumentException(
          "'"
              + name
              + "' must be an ISO-8601 date (2026-03-01), date-time (2026-03-01T09:00:00Z) or a"
              + " relative age (30m, 24h, 7d, 2w), not '"
              + raw
              + "'.");
    }
  }
}
