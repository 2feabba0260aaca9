package dev.kayakomcp.tools;

import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Turns what an agent says ("Resolved", "billing", "Dana Whitfield", "7") into Kayako ids, and
 * refuses anything ambiguous or unknown with the valid choices. Kayako itself would silently ignore
 * a bad id on update, so nothing unresolved is ever sent.
 */
final class NameResolver {

  private final Directory directory;

  NameResolver(Directory directory) {
    this.directory = directory;
  }

  int department(String value) {
    Department d =
        pick(
            "department",
            value,
            directory.departments().stream().filter(Department::isTicketDepartment).toList(),
            Department::id,
            Department::title);
    return d.id();
  }

  /** A status usable in the department (global or bound to it). */
  int status(String value, int departmentId) {
    List<TicketStatus> usable =
        directory.statuses().stream()
            .filter(s -> s.departmentId() == 0 || s.departmentId() == departmentId)
            .toList();
    return pick("status", value, usable, TicketStatus::id, TicketStatus::title).id();
  }

  int priority(String value) {
    return pick(
            "priority", value, directory.priorities(), TicketPriority::id, TicketPriority::title)
        .id();
  }

  int type(String value, int departmentId) {
    List<TicketType> usable =
        directory.types().stream()
            .filter(t -> t.departmentId() == 0 || t.departmentId() == departmentId)
            .toList();
    return pick("type", value, usable, TicketType::id, TicketType::title).id();
  }

  /** A staff id; 0 for "unassigned", "none" or "0". */
  int owner(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("unassigned") || v.equals("none") || v.equals("0")) {
      return 0;
    }
    List<Staff> staff = directory.staffMembers().stream().filter(Staff::enabled).toList();
    for (Staff s : staff) {
      if (v.equals(s.userName().toLowerCase(Locale.ROOT))
          || v.equals(s.email().toLowerCase(Locale.ROOT))) {
        return s.id();
      }
    }
    return pick("owner", value, staff, Staff::id, Staff::fullName).id();
  }

  /** {@link #status}, or when null the first open status usable in the department. */
  int statusOrDefault(String value, int departmentId) {
    if (value != null) {
      return status(value, departmentId);
    }
    return directory.statuses().stream()
        .filter(
            s -> !s.markAsResolved() && (s.departmentId() == 0 || s.departmentId() == departmentId))
        .min(Comparator.comparingInt(TicketStatus::displayOrder).thenComparingInt(TicketStatus::id))
        .map(TicketStatus::id)
        .orElseThrow(() -> new ToolArgumentException("No open status exists; pass status."));
  }

  /** {@link #priority}, or when null "Normal" (else the first priority). */
  int priorityOrDefault(String value) {
    if (value != null) {
      return priority(value);
    }
    return directory.priorities().stream()
        .filter(p -> p.title().equalsIgnoreCase("normal"))
        .findFirst()
        .or(
            () ->
                directory.priorities().stream()
                    .min(Comparator.comparingInt(TicketPriority::displayOrder)))
        .map(TicketPriority::id)
        .orElseThrow(() -> new ToolArgumentException("No priority exists; pass priority."));
  }

  /** {@link #type}, or when null the first type usable in the department. */
  int typeOrDefault(String value, int departmentId) {
    if (value != null) {
      return type(value, departmentId);
    }
    return directory.types().stream()
        .filter(t -> t.departmentId() == 0 || t.departmentId() == departmentId)
        .min(Comparator.comparingInt(TicketType::displayOrder).thenComparingInt(TicketType::id))
        .map(TicketType::id)
        .orElseThrow(() -> new ToolArgumentException("No ticket type exists; pass type."));
  }

  private static <T> T pick(
      String what, String value, List<T> choices, ToIntFunction<T> id, Function<T, String> title) {
    String v = value.strip();
    if (v.matches("\\d+")) {
      int wanted = Integer.parseInt(v);
      for (T c : choices) {
        if (id.applyAsInt(c) == wanted) {
          return c;
        }
      }
      throw unknown(what, value, choices, id, title);
    }
    String lower = v.toLowerCase(Locale.ROOT);
    List<T> exact =
        choices.stream()
            .filter(c -> title.apply(c).toLowerCase(Locale.ROOT).equals(lower))
            .toList();
    if (exact.size() == 1) {
      return exact.get(0);
    }
    List<T> partial =
        choices.stream()
            .filter(c -> title.apply(c).toLowerCase(Locale.ROOT).contains(lower))
            .toList();
    if (partial.size() == 1) {
      return partial.get(0);
    }
    if (partial.size() > 1) {
      throw new ToolArgumentException(
          "'"
              + value
              + "' matches several "
              + what
              + " values: "
              + describe(partial, id, title)
              + ". Use the id or the full name.");
    }
    throw unknown(what, value, choices, id, title);
  }

  private static <T> ToolArgumentException unknown(
      String what, String value, List<T> choices, ToIntFunction<T> id, Function<T, String> title) {
    return new ToolArgumentException(
        "No "
            + what
            + " '"
            + value
            + "' here. Choose one of: "
            + describe(choices, id, title)
            + ".");
  }

  private static <T> String describe(
      List<T> items, ToIntFunction<T> id, Function<T, String> title) {
    return String.join(
        ", ", items.stream().map(c -> title.apply(c) + " (" + id.applyAsInt(c) + ")").toList());
  }
}
