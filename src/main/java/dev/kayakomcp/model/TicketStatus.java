package dev.kayakomcp.model;

import java.util.List;

/**
 * A ticket status. {@code departmentId} 0 means the status applies to every department; {@code
 * markAsResolved} is what makes Kayako treat the status as closed.
 */
public record TicketStatus(
    int id,
    String title,
    int displayOrder,
    int departmentId,
    String displayIcon,
    String type,
    boolean displayInMainList,
    boolean markAsResolved,
    boolean displayCount,
    String statusColor,
    String statusBgColor,
    boolean resetDueTime,
    boolean triggerSurvey,
    boolean staffVisibilityCustom,
    List<Integer> staffGroupIds) {

  public TicketStatus {
    staffGroupIds = List.copyOf(staffGroupIds);
  }
}
