package dev.kayakomcp.model;

import java.util.List;

/** Kayako's dashboard counters (TicketCount): per department, status, owner, and unassigned. */
public record TicketCount(
    List<DepartmentCount> departments,
    List<Counter> statuses,
    List<Counter> owners,
    List<Counter> unassigned) {

  public TicketCount {
    departments = List.copyOf(departments);
    statuses = List.copyOf(statuses);
    owners = List.copyOf(owners);
    unassigned = List.copyOf(unassigned);
  }

  /**
   * One counter row; {@code totalUnresolvedItems} is -1 where Kayako does not send it (statuses).
   */
  public record Counter(int id, long lastActivity, int totalItems, int totalUnresolvedItems) {}

  /** Counters of one department, broken down by status, type and owner. */
  public record DepartmentCount(
      int id,
      int totalItems,
      long lastActivity,
      int totalUnresolvedItems,
      List<Counter> statuses,
      List<Counter> types,
      List<Counter> owners) {

    public DepartmentCount {
      statuses = List.copyOf(statuses);
      types = List.copyOf(types);
      owners = List.copyOf(owners);
    }
  }
}
