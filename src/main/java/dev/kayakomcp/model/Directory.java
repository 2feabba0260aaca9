package dev.kayakomcp.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of the lookup tables, so ids on a ticket can be shown by name without further calls.
 */
public final class Directory {

  private final Map<Integer, Department> departments = new LinkedHashMap<>();
  private final Map<Integer, TicketStatus> statuses = new LinkedHashMap<>();
  private final Map<Integer, TicketPriority> priorities = new LinkedHashMap<>();
  private final Map<Integer, TicketType> types = new LinkedHashMap<>();
  private final Map<Integer, Staff> staff = new LinkedHashMap<>();

  public Directory(
      List<Department> departments,
      List<TicketStatus> statuses,
      List<TicketPriority> priorities,
      List<TicketType> types,
      List<Staff> staff) {
    departments.forEach(d -> this.departments.put(d.id(), d));
    statuses.forEach(s -> this.statuses.put(s.id(), s));
    priorities.forEach(p -> this.priorities.put(p.id(), p));
    types.forEach(t -> this.types.put(t.id(), t));
    staff.forEach(s -> this.staff.put(s.id(), s));
  }

  public List<Department> departments() {
    return List.copyOf(departments.values());
  }

  /** The ids of the departments that hold tickets (not live chat): "every department" to Kayako. */
  public List<Integer> ticketDepartmentIds() {
    return departments.values().stream()
        .filter(Department::isTicketDepartment)
        .map(Department::id)
        .toList();
  }

  /** Every status id: Kayako's lists default to unresolved statuses only. */
  public List<Integer> statusIds() {
    return statuses.values().stream().map(TicketStatus::id).toList();
  }

  public List<TicketStatus> statuses() {
    return List.copyOf(statuses.values());
  }

  public List<TicketPriority> priorities() {
    return List.copyOf(priorities.values());
  }

  public List<TicketType> types() {
    return List.copyOf(types.values());
  }

  public List<Staff> staffMembers() {
    return List.copyOf(staff.values());
  }

  public Department department(int id) {
    return departments.get(id);
  }

  public TicketStatus status(int id) {
    return statuses.get(id);
  }

  public String departmentName(int id) {
    Department d = departments.get(id);
    return d == null ? unknown(id) : d.title();
  }

  public String statusName(int id) {
    TicketStatus s = statuses.get(id);
    return s == null ? unknown(id) : s.title();
  }

  /** Whether the status counts as resolved/closed; false when unknown. */
  public boolean isResolved(int statusId) {
    TicketStatus s = statuses.get(statusId);
    return s != null && s.markAsResolved();
  }

  public String priorityName(int id) {
    TicketPriority p = priorities.get(id);
    return p == null ? unknown(id) : p.title();
  }

  public String typeName(int id) {
    TicketType t = types.get(id);
    return t == null ? unknown(id) : t.title();
  }

  /** A staff member's name; null for 0 (unassigned). */
  public String staffName(int id) {
    if (id <= 0) {
      return null;
    }
    Staff s = staff.get(id);
    return s == null ? unknown(id) : s.fullName();
  }

  private static String unknown(int id) {
    return id <= 0 ? "none" : "unknown (#" + id + ")";
  }
}
