package dev.kayakomcp.emulator;

import java.util.List;

/**
 * A custom field group as the emulator stores it. {@code groupType} follows Kayako (3 staff ticket,
 * 4 user ticket, 9 staff+user ticket, 1 user registration, ...); ticket groups are shown on tickets
 * of the listed departments (an empty list: every department).
 */
public record CustomFieldGroupDef(
    int id, String title, int displayOrder, int groupType, List<Integer> departmentIds) {

  public CustomFieldGroupDef {
    departmentIds = List.copyOf(departmentIds);
  }

  public boolean isTicketGroup() {
    return groupType == 3 || groupType == 4 || groupType == 9;
  }
}
