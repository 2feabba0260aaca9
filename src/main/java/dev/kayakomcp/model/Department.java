package dev.kayakomcp.model;

import java.util.List;

/** A Kayako department; {@code app} is {@code tickets} or {@code livechat}. */
public record Department(
    int id,
    String title,
    String type,
    String app,
    int displayOrder,
    int parentDepartmentId,
    boolean userVisibilityCustom,
    List<Integer> userGroupIds) {

  public Department {
    userGroupIds = List.copyOf(userGroupIds);
  }

  public boolean isTicketDepartment() {
    return "tickets".equalsIgnoreCase(app);
  }
}
