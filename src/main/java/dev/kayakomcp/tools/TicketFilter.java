package dev.kayakomcp.tools;

import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which tickets a ticket-set tool works on: the filters {@code kayako_list_tickets} takes, parsed
 * once, with the same argument names in every tool that reuses them ({@link #addTo(Schema)} adds
 * them to a tool's input schema, {@link #parse} reads them).
 *
 * <p>Department, status, owner and customer are Kayako's own ListAll filters ({@link #query()});
 * organisation, priority, type, tag and the time window are not, so they are applied to the rows
 * read ({@link #matchesLocally}); {@link #filtersLocally()} says whether any is set. Departments
 * and statuses are always explicit lists: Kayako has no "all departments" and its default status
 * list hides resolved tickets.
 *
 * @param departmentIds the ticket departments; every ticket department when none was asked for
 * @param departmentsAsked whether {@code department_id} was given
 * @param statusIds the statuses; every status when none was asked for
 * @param statusWord {@code unresolved} or {@code resolved} when asked by word, else null
 * @param statusesAsked whether {@code status_id} was given
 * @param ownerStaffIds owners, {@code 0} = unassigned; empty = any owner
 * @param userIds customers (creator user ids); empty = any
 * @param organizationIds the customers' organisations; empty = any
 * @param priorityIds priorities; empty = any
 * @param typeIds ticket types; empty = any
 * @param tags tag names, lower case (a ticket matches when it carries any of them); empty = any
 * @param window the created/updated time window (all bounds null when none was given)
 */
public record TicketFilter(
    List<Integer> departmentIds,
    boolean departmentsAsked,
    List<Integer> statusIds,
    String statusWord,
    boolean statusesAsked,
    List<Integer> ownerStaffIds,
    List<Integer> userIds,
    List<Integer> organizationIds,
    List<Integer> priorityIds,
    List<Integer> typeIds,
    List<String> tags,
    TimeWindow window) {

  /** The same set over another time window (a report's previous window, a trend's baseline). */
  public TicketFilter withWindow(TimeWindow other) {
    return new TicketFilter(
        departmentIds,
        departmentsAsked,
        statusIds,
        statusWord,
        statusesAsked,
        ownerStaffIds,
        userIds,
        organizationIds,
        priorityIds,
        typeIds,
        tags,
        other);
  }

  /** The argument names this record reads, in schema order. */
  public static final List<String> ARGUMENTS =
      Stream.concat(
              Stream.of(
                  "department_id",
                  "status_id",
                  "owner_staff_id",
                  "user_id",
                  "organization_id",
                  "priority_id",
                  "type_id",
                  "tag"),
              TimeWindow.ARGUMENTS.stream())
          .toList();

  private static final Set<String> RESOLVED_WORDS = Set.of("resolved", "closed");
  private static final Set<String> UNRESOLVED_WORDS = Set.of("unresolved", "open");

  public TicketFilter {
    departmentIds = List.copyOf(departmentIds);
    statusIds = List.copyOf(statusIds);
    ownerStaffIds = List.copyOf(ownerStaffIds);
    userIds = List.copyOf(userIds);
    organizationIds = List.copyOf(organizationIds);
    priorityIds = List.copyOf(priorityIds);
    typeIds = List.copyOf(typeIds);
    tags = List.copyOf(tags);
  }

  /** Adds the filter arguments to a tool's input schema. */
  public static Schema addTo(Schema schema) {
    return schema
        .prop(
            "department_id",
            idOrList("Department id or comma list; default: all ticket departments."))
        .prop(
            "status_id",
            idOrList(
                "Status id, comma list, \"unresolved\" or \"resolved\"; default: all statuses."))
        .prop("owner_staff_id", idOrList("Owner staff id or comma list; 0 = unassigned."))
        .prop("user_id", idOrList("Customer (creator user) id or comma list."))
        .prop(
            "organization_id",
            idOrList("Customer organisation id or comma list (ids from kayako_get_user)."))
        .prop(
            "priority_id",
            idOrList("Priority id or comma list (ids from kayako_get_ticket_priorities)."))
        .prop(
            "type_id", idOrList("Ticket type id or comma list (ids from kayako_get_ticket_types)."))
        .prop(
            "tag",
            Schema.ordered(
                "type",
                List.of("array", "string"),
                "items",
                Schema.type("string"),
                "description",
                "Tag or comma list; a ticket matches when it carries any of them."))
        .apply(TimeWindow::addTo);
  }

  /**
   * Reads and checks the filter arguments against the lookup tables.
   *
   * @throws ToolArgumentException naming the valid values when an id or word is unknown
   */
  public static TicketFilter parse(ToolArgs args, Directory directory, Clock clock) {
    List<Integer> departments = departments(args, directory);
    String word = statusWord(args);
    List<Integer> statuses = statuses(args, word, directory, departments);
    return new TicketFilter(
        departments,
        args.has("department_id"),
        statuses,
        word,
        args.has("status_id"),
        ids(args, "owner_staff_id", 0),
        ids(args, "user_id", 1),
        ids(args, "organization_id", 1),
        known(
            args,
            "priority_id",
            directory.priorities().stream().map(p -> p.id() + " " + p.title()).toList(),
            directory.priorities().stream().map(TicketPriority::id).toList()),
        known(
            args,
            "type_id",
            directory.types().stream().map(t -> t.id() + " " + t.title()).toList(),
            directory.types().stream().map(TicketType::id).toList()),
        args.stringList("tag").stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .distinct()
            .toList(),
        TimeWindow.from(args, clock));
  }

  /** Kayako's part of the filter as a ListAll query (no page, no sort): add those with it. */
  public TicketQuery query() {
    return new TicketQuery(departmentIds, statusIds, ownerStaffIds, userIds, 0, 0, null, null);
  }

  /** Whether a part Kayako cannot filter by is set, so rows must be read and checked here. */
  public boolean filtersLocally() {
    return !organizationIds.isEmpty()
        || !priorityIds.isEmpty()
        || !typeIds.isEmpty()
        || !tags.isEmpty()
        || !window.isEmpty();
  }

  /** Whether a row Kayako returned for {@link #query()} passes the parts Kayako cannot apply. */
  public boolean matchesLocally(Ticket t) {
    return (organizationIds.isEmpty() || organizationIds.contains(t.userOrganizationId()))
        && (priorityIds.isEmpty() || priorityIds.contains(t.priorityId()))
        && (typeIds.isEmpty() || typeIds.contains(t.typeId()))
        && (tags.isEmpty() || hasAnyTag(t))
        && window.matches(t);
  }

  /** Whether any ticket (from a list, a search or a GET) passes every part of the filter. */
  public boolean matches(Ticket t) {
    return departmentIds.contains(t.departmentId())
        && statusIds.contains(t.statusId())
        && (ownerStaffIds.isEmpty() || ownerStaffIds.contains(t.ownerStaffId()))
        && (userIds.isEmpty() || userIds.contains(t.userId()))
        && matchesLocally(t);
  }

  private boolean hasAnyTag(Ticket t) {
    if (t.tags() == null || t.tags().isBlank()) {
      return false;
    }
    return Arrays.stream(t.tags().toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(tags::contains);
  }

  /**
   * The filter in words with names, for answers: {@code department=Sales (2); status=unresolved
   * statuses; priority=High (3); last activity ≥ …}.
   */
  public String describe(Directory directory) {
    List<String> parts = new ArrayList<>();
    parts.add(
        "department="
            + (departmentsAsked
                ? named(departmentIds, directory::departmentName)
                : "all ticket departments"));
    parts.add(
        "status="
            + (statusWord != null
                ? statusWord + " statuses"
                : statusesAsked ? named(statusIds, directory::statusName) : "all statuses"));
    if (!ownerStaffIds.isEmpty()) {
      parts.add(
          "owner="
              + ownerStaffIds.stream()
                  .map(o -> o == 0 ? "unassigned (0)" : directory.staffName(o) + " (" + o + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (!userIds.isEmpty()) {
      parts.add("user_id=" + csv(userIds));
    }
    if (!organizationIds.isEmpty()) {
      parts.add("organization_id=" + csv(organizationIds));
    }
    if (!priorityIds.isEmpty()) {
      parts.add("priority=" + named(priorityIds, directory::priorityName));
    }
    if (!typeIds.isEmpty()) {
      parts.add("type=" + named(typeIds, directory::typeName));
    }
    if (!tags.isEmpty()) {
      parts.add("tag=" + String.join(", ", tags));
    }
    if (!window.isEmpty()) {
      parts.add(window.describe());
    }
    return String.join("; ", parts);
  }

  /**
   * The arguments that ask for this filter again (for a next-page call): only those given, id lists
   * as one id or a comma list, the window as ISO-8601 instants so "24h" does not move.
   */
  public Map<String, Object> arguments() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (departmentsAsked) {
      m.put("department_id", idArgument(departmentIds));
    }
    if (statusesAsked) {
      m.put("status_id", statusWord != null ? statusWord : idArgument(statusIds));
    }
    putIds(m, "owner_staff_id", ownerStaffIds);
    putIds(m, "user_id", userIds);
    putIds(m, "organization_id", organizationIds);
    putIds(m, "priority_id", priorityIds);
    putIds(m, "type_id", typeIds);
    if (!tags.isEmpty()) {
      m.put("tag", String.join(",", tags));
    }
    window.copyTo(m);
    return m;
  }

  private static void putIds(Map<String, Object> m, String name, List<Integer> ids) {
    if (!ids.isEmpty()) {
      m.put(name, idArgument(ids));
    }
  }

  private static Object idArgument(List<Integer> ids) {
    return ids.size() == 1 ? (Object) ids.get(0) : csv(ids);
  }

  private static String csv(List<Integer> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static String named(List<Integer> ids, java.util.function.IntFunction<String> name) {
    return ids.stream()
        .map(id -> name.apply(id) + " (" + id + ")")
        .collect(Collectors.joining(", "));
  }

  private static Map<String, Object> idOrList(String description) {
    return Schema.ordered("type", List.of("integer", "string"), "description", description);
  }

  private static List<Integer> ids(ToolArgs args, String name, int min) {
    List<Integer> ids = args.intList(name);
    for (int id : ids) {
      if (id < min) {
        throw new ToolArgumentException(
            "'" + name + "' takes ids of " + min + " or more, not " + id + ".");
      }
    }
    return ids.stream().distinct().toList();
  }

  private static List<Integer> known(
      ToolArgs args, String name, List<String> valid, List<Integer> validIds) {
    List<Integer> asked = ids(args, name, 1);
    for (int id : asked) {
      if (!validIds.contains(id)) {
        throw new ToolArgumentException(
            "No "
                + name.replace("_id", "")
                + " has id "
                + id
                + ". Valid: "
                + String.join(", ", valid)
                + ".");
      }
    }
    return asked;
  }

  private static List<Integer> departments(ToolArgs args, Directory directory) {
    List<Department> ticketDepartments =
        directory.departments().stream().filter(Department::isTicketDepartment).toList();
    List<Integer> asked = ids(args, "department_id", 1);
    if (asked.isEmpty()) {
      return ticketDepartments.stream().map(Department::id).toList();
    }
    for (int id : asked) {
      Department d = directory.department(id);
      if (d == null || !d.isTicketDepartment()) {
        throw new ToolArgumentException(
            (d == null
                    ? "No department has id " + id
                    : "Department "
                        + id
                        + " ("
                        + d.title()
                        + ") is a "
                        + d.app()
                        + " department and holds no tickets")
                + ". Ticket departments: "
                + ticketDepartments.stream()
                    .map(x -> x.id() + " " + x.title())
                    .collect(Collectors.joining(", "))
                + ".");
      }
    }
    return asked;
  }

  private static String statusWord(ToolArgs args) {
    String word = args.string("status_id", "").strip().toLowerCase(Locale.ROOT);
    if (RESOLVED_WORDS.contains(word)) {
      return "resolved";
    }
    return UNRESOLVED_WORDS.contains(word) ? "unresolved" : null;
  }

  private static List<Integer> statuses(
      ToolArgs args, String word, Directory directory, List<Integer> departments) {
    if (word != null) {
      boolean resolved = word.equals("resolved");
      return directory.statuses().stream()
          .filter(s -> s.markAsResolved() == resolved)
          .map(TicketStatus::id)
          .toList();
    }
    List<Integer> asked = ids(args, "status_id", 1);
    if (asked.isEmpty()) {
      // Kayako's own default is "unresolved only", so every status is named explicitly.
      return directory.statuses().stream().map(TicketStatus::id).toList();
    }
    for (int id : asked) {
      TicketStatus s = directory.status(id);
      if (s == null) {
        throw new ToolArgumentException(
            "No ticket status has id "
                + id
                + ". Statuses: "
                + directory.statuses().stream()
                    .map(x -> x.id() + " " + x.title())
                    .collect(Collectors.joining(", "))
                + ".");
      }
      // Kayako drops a department-specific status outside the requested departments and then
      // lists unresolved tickets instead, which would answer a different question.
      if (s.departmentId() != 0 && !departments.contains(s.departmentId())) {
        throw new ToolArgumentException(
            "Status "
                + id
                + " ("
                + s.title()
                + ") belongs only to department "
                + directory.departmentName(s.departmentId())
                + " ("
                + s.departmentId()
                + "); add that department to department_id or omit department_id.");
      }
    }
    return asked;
  }
}
