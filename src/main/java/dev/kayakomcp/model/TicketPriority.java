package dev.kayakomcp.model;

import java.util.List;

/** A ticket priority. */
public record TicketPriority(
    int id,
    String title,
    int displayOrder,
    String frColorCode,
    String bgColorCode,
    String type,
    boolean userVisibilityCustom,
    List<Integer> userGroupIds) {

  public TicketPriority {
    userGroupIds = List.copyOf(userGroupIds);
  }
}
