package dev.kayakomcp.format;

import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket's custom field values by group, and the view that explains them with the field
 * definitions and options.
 */
public record CustomFieldSet(List<CustomFieldGroup> groups, CustomFieldView view) {

  public CustomFieldSet {
    groups = List.copyOf(groups);
  }

  /** How many fields the groups hold, set or not. */
  public int count() {
    return groups.stream().mapToInt(g -> g.fields().size()).sum();
  }

  /** Whether any field has a value (an old merged id lists groups with empty values). */
  public boolean hasValues() {
    return groups.stream()
        .flatMap(g -> g.fields().stream())
        .anyMatch(v -> v.value() != null && !v.value().isEmpty());
  }

  /** Every field, in group order. */
  public List<Object> structured() {
    return structured(count());
  }

  /** The first {@code shown} fields, in group order. */
  public List<Object> structured(int shown) {
    List<Object> out = new ArrayList<>();
    for (CustomFieldGroup g : groups) {
      for (CustomFieldValue v : g.fields()) {
        if (out.size() < shown) {
          out.add(view.structured(g, v));
        }
      }
    }
    return out;
  }

  /** Every field by group, fenced as untrusted. */
  public String markdown() {
    return markdown(count());
  }

  /** The first {@code shown} fields by group, fenced as untrusted. */
  public String markdown(int shown) {
    if (count() == 0) {
      return "No custom fields on this ticket.\n";
    }
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (CustomFieldGroup g : groups) {
      if (n >= shown) {
        break;
      }
      sb.append("**").append(g.title()).append("**\n");
      for (CustomFieldValue v : g.fields()) {
        if (n++ < shown) {
          sb.append(view.markdown(g, v));
        }
      }
      sb.append('\n');
    }
    return Untrusted.fence(sb.toString()) + "\n" + Paging.didNotFit(shown, count(), "fields");
  }
}
