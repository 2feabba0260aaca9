package dev.kayakomcp.report;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a report can group tickets by. Times are bucketed in UTC; weeks are ISO weeks (Monday
 * first). A ticket with several tags counts once in each tag's group.
 */
public enum Dimension {
  DEPARTMENT("department", "Department"),
  STATUS("status", "Status"),
  OWNER("owner", "Owner"),
  PRIORITY("priority", "Priority"),
  TYPE("type", "Type"),
  TAG("tag", "Tag"),
  ORGANISATION("organisation", "Organisation"),
  CUSTOMER("customer", "Customer"),
  CREATED_DAY("created_day", "Created (day)"),
  CREATED_WEEK("created_week", "Created (week)"),
  CREATED_MONTH("created_month", "Created (month)"),
  UPDATED_DAY("updated_day", "Last activity (day)"),
  UPDATED_WEEK("updated_week", "Last activity (week)"),
  UPDATED_MONTH("updated_month", "Last activity (month)");

  /** One group a ticket falls in along a dimension: a stable id and the name shown. */
  public record Value(String id, String label) {}

  private final String argument;
  private final String title;

  Dimension(String argument, String title) {
    this.argument = argument;
    this.title = title;
  }

  /** The name used in {@code group_by}. */
  public String argument() {
    return argument;
  }

  /** The column heading. */
  public String title() {
    return title;
  }

  /** Whether groups along this dimension are time buckets (sorted by time, not by size). */
  public boolean isTime() {
    return ordinal() >= CREATED_DAY.ordinal();
  }

  /** Every {@code group_by} name, in order. */
  public static List<String> arguments() {
    return Arrays.stream(values()).map(Dimension::argument).toList();
  }

  /**
   * The dimension a {@code group_by} word names: the argument itself, "organization", or a time
   * written with a space or colon ("created week", "updated:month"); null when none.
   */
  public static Dimension parse(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:-]+(by[\\s_]+)?", "_");
    if (w.equals("organization")) {
      return ORGANISATION;
    }
    if (w.equals("created") || w.equals("updated")) {
      w = w + "_day";
    }
    for (Dimension d : values()) {
      if (d.argument.equals(w)) {
        return d;
      }
    }
    return null;
  }

  /** The groups {@code t} falls in (several only for tags). */
  public List<Value> values(Ticket t, Directory directory) {
    return switch (this) {
      case DEPARTMENT -> one(t.departmentId(), directory.departmentName(t.departmentId()));
      case STATUS -> one(t.statusId(), directory.statusName(t.statusId()));
      case OWNER ->
          one(
              t.ownerStaffId(),
              t.ownerStaffId() == 0 ? "Unassigned" : directory.staffName(t.ownerStaffId()));
      case PRIORITY -> one(t.priorityId(), directory.priorityName(t.priorityId()));
      case TYPE -> one(t.typeId(), t.typeId() == 0 ? "(none)" : directory.typeName(t.typeId()));
      case TAG -> tags(t.tags());
      case ORGANISATION ->
          one(
              t.userOrganizationId(),
              t.userOrganizationId() == 0 ? "(no organisation)" : t.userOrganization());
      case CUSTOMER ->
          one(t.userId(), t.fullName() + (t.email().isEmpty() ? "" : " <" + t.email() + ">"));
      case CREATED_DAY, CREATED_WEEK, CREATED_MONTH -> List.of(bucket(t.creationTime()));
      case UPDATED_DAY, UPDATED_WEEK, UPDATED_MONTH -> List.of(bucket(t.lastActivity()));
    };
  }

  private static List<Value> one(int id, String label) {
    return List.of(new Value(Integer.toString(id), label));
  }

  private static List<Value> tags(String tags) {
    List<Value> out = new ArrayList<>();
    if (tags != null) {
      for (String tag : tags.strip().split("\\s+")) {
        if (!tag.isEmpty() && out.stream().noneMatch(v -> v.id().equals(tag))) {
          out.add(new Value(tag, tag));
        }
      }
    }
    return out.isEmpty() ? List.of(new Value("", "(no tag)")) : out;
  }

  private Value bucket(long unixSeconds) {
    LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(unixSeconds), ZoneOffset.UTC);
    return switch (this) {
      case CREATED_WEEK, UPDATED_WEEK -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String id =
            String.format(
                Locale.ROOT,
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        yield new Value(id, id + " (from " + monday + ")");
      }
      case CREATED_MONTH, UPDATED_MONTH -> {
        String id = day.toString().substring(0, 7);
        yield new Value(id, id);
      }
      default -> new Value(day.toString(), day.toString());
    };
  }
}
