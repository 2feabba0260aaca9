package dev.kayakomcp.model;

import java.util.List;

/** A group of custom field values on one ticket. */
public record CustomFieldGroup(
    int id, String title, int displayOrder, List<CustomFieldValue> fields) {

  public CustomFieldGroup {
    fields = List.copyOf(fields);
  }
}
