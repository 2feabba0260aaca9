package dev.kayakomcp.client;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filter, page and sort of {@code GET /Tickets/Ticket/ListAll/…}. Every part is a positional
 * path segment (the server ignores query parameters), so {@link #route()} fills all earlier
 * segments with their defaults up to the last one that is set.
 *
 * <p>An empty status list means the server's default, which is <em>unresolved statuses only</em>;
 * pass every status id to include closed tickets. There is no "all departments": {@code
 * departmentIds} must name at least one.
 *
 * @param departmentIds required, one or more department ids
 * @param statusIds status ids; empty = server default (unresolved only)
 * @param ownerStaffIds owner staff ids, {@code 0} = unassigned; empty = any owner
 * @param userIds creator user ids; empty = any user
 * @param count rows to return; {@code 0} = no limit
 * @param start row offset (0-based), not a ticket id
 * @param sortField one of {@link #SORT_FIELDS}, or null for the default (ticket id)
 * @param sortOrder ascending or descending, or null for the default (ascending)
 */
public record TicketQuery(
    List<Integer> departmentIds,
    List<Integer> statusIds,
    List<Integer> ownerStaffIds,
    List<Integer> userIds,
    int count,
    int start,
    String sortField,
    SortOrder sortOrder) {

  /** Sort direction of ListAll. */
  public enum SortOrder {
    ASC,
    DESC
  }

  /**
   * The sort fields the server accepts (spec §2.3); anything else, including {@code ticketid},
   * silently sorts by ticket id, so it is refused here instead. In the spec's order.
   */
  public static final List<String> SORT_FIELDS =
      List.of(
          "ticketstatustitle",
          "departmenttitle",
          "userid",
          "ownerstaffid",
          "dateline",
          "totalreplies",
          "hasattachments",
          "hasnotes",
          "lastactivity",
          "duetime",
          "creator",
          "isphonecall",
          "isescalated",
          "hasfollowup",
          "hasratings",
          "islinked",
          "tickettype",
          "tickettypetitle",
          "tickettypeid",
          "creationmode",
          "resolutiondateline",
          "isresolved",
          "iswatched",
          "prioritytitle",
          "lastreplier");

  /** What the server sorts by when no whitelisted field is given. */
  private static final String DEFAULT_SORT = "ticketid";

  public TicketQuery {
    departmentIds = ids(departmentIds, "departmentIds", 1);
    if (departmentIds.isEmpty()) {
      throw new IllegalArgumentException(
          "departmentIds must name at least one department: Kayako has no 'all departments'"
              + " value (pass every ticket department's id)");
    }
    statusIds = ids(statusIds, "statusIds", 1);
    ownerStaffIds = ids(ownerStaffIds, "ownerStaffIds", 0);
    userIds = ids(userIds, "userIds", 1);
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 (no limit) or positive");
    }
    if (start < 0) {
      throw new IllegalArgumentException("start is a row offset and must not be negative");
    }
    if (sortField != null && !sortField.isBlank()) {
      sortField = sortField.strip().toLowerCase(Locale.ROOT);
      if (!SORT_FIELDS.contains(sortField)) {
        throw new IllegalArgumentException(
            "unknown sort field '"
                + sortField
                + "'; Kayako accepts: "
                + String.join(", ", SORT_FIELDS));
      }
    } else {
      sortField = null;
    }
  }

  /** All tickets of these departments with the server's defaults otherwise. */
  public static TicketQuery forDepartments(List<Integer> departmentIds) {
    return new TicketQuery(departmentIds, List.of(), List.of(), List.of(), 0, 0, null, null);
  }

  public TicketQuery withStatuses(List<Integer> ids) {
    return new TicketQuery(
        departmentIds, ids, ownerStaffIds, userIds, count, start, sortField, sortOrder);
  }

  public TicketQuery withOwners(List<Integer> ids) {
    return new TicketQuery(
        departmentIds, statusIds, ids, userIds, count, start, sortField, sortOrder);
  }

  public TicketQuery withUsers(List<Integer> ids) {
    return new TicketQuery(
        departmentIds, statusIds, ownerStaffIds, ids, count, start, sortField, sortOrder);
  }

  public TicketQuery page(int newCount, int newStart) {
    return new TicketQuery(
        departmentIds, statusIds, ownerStaffIds, userIds, newCount, newStart, sortField, sortOrder);
  }

  public TicketQuery sortedBy(String field, SortOrder order) {
    return new TicketQuery(
        departmentIds, statusIds, ownerStaffIds, userIds, count, start, field, order);
  }

  /** The ListAll route, e.g. {@code /Tickets/Ticket/ListAll/3,4/-1/-1/-1/20/40/dateline/DESC}. */
  public String route() {
    return "/Tickets/Ticket/ListAll" + String.join("/", segments(lastSetSegment()));
  }

  /** The GetTicketCount route for the same filter (segments 1–4, all filled). */
  public String countRoute() {
    return "/Tickets/Ticket/GetTicketCount" + String.join("/", segments(4));
  }

  private List<String> segments(int upTo) {
    List<String> all =
        List.of(
            "",
            csv(departmentIds),
            csv(statusIds),
            csv(ownerStaffIds),
            csv(userIds),
            count == 0 ? "-1" : Integer.toString(count),
            Integer.toString(start),
            sortField == null ? DEFAULT_SORT : sortField,
            sortOrder == null ? SortOrder.ASC.name() : sortOrder.name());
    return all.subList(0, upTo + 1);
  }

  private int lastSetSegment() {
    if (sortOrder != null) {
      return 8;
    }
    if (sortField != null) {
      return 7;
    }
    if (count != 0 || start != 0) {
      return 6; // the docs want start whenever count is given
    }
    if (!userIds.isEmpty()) {
      return 4;
    }
    if (!ownerStaffIds.isEmpty()) {
      return 3;
    }
    return statusIds.isEmpty() ? 1 : 2;
  }

  private static String csv(List<Integer> ids) {
    return ids.isEmpty()
        ? "-1"
        : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static List<Integer> ids(List<Integer> ids, String name, int min) {
    if (ids == null) {
      return List.of();
    }
    for (Integer id : ids) {
      if (id == null || id < min) {
        throw new IllegalArgumentException(
            name + " holds " + id + "; ids must be " + (min == 0 ? "0 or more" : "positive"));
      }
    }
    return List.copyOf(ids.stream().distinct().toList());
  }
}
