package dev.kayakomcp.model;

import java.util.List;

/** A ticket type; {@code departmentId} 0 means every department. */
public record TicketType(
    int id,
    String title,
    int displayOrder,
    int departmentId,
    String displayIcon,
    String type,
    boolean userVisibilityCustom,
    List<Integer> userGroupIds) {

  public TicketType {
    userGroupIds = List.copyOf(userGroupIds);
  }
}
