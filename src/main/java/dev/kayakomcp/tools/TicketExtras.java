package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.CustomFieldView;
import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** Loads what surrounds a ticket (custom fields with their definitions) for several tools. */
final class TicketExtras {

  private TicketExtras() {}

  /** A ticket's custom field values and the view that explains them. */
  record CustomFields(List<CustomFieldGroup> groups, CustomFieldView view) {

    int count() {
      return groups.stream().mapToInt(g -> g.fields().size()).sum();
    }

    List<Object> structured() {
      return structured(count());
    }

    /** The first {@code shown} fields, in group order. */
    List<Object> structured(int shown) {
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

    String markdown() {
      return markdown(count());
    }

    /** The first {@code shown} fields by group, fenced as untrusted. */
    String markdown(int shown) {
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
      String more =
          shown < count()
              ? "Showing "
                  + shown
                  + " of "
                  + count()
                  + " fields (the rest did not fit); use"
                  + " response_format=json for a compact form.\n"
              : "";
      return Untrusted.fence(sb.toString()) + "\n" + more;
    }
  }

  /** Values, definitions (cached by the client) and the options of select-like fields. */
  static CustomFields customFields(ToolContext context, int ticketId) throws KayakoApiException {
    Parallel parallel = context.parallel();
    Future<List<CustomFieldGroup>> values =
        parallel.start(() -> context.client().customFields(ticketId));
    Future<List<CustomField>> definitions =
        parallel.start(() -> context.client().customFieldDefinitions());
    List<CustomFieldGroup> groups = parallel.join(values);
    Map<Integer, CustomField> defs = new HashMap<>();
    parallel.join(definitions).forEach(d -> defs.put(d.id(), d));
    Map<Integer, Future<List<CustomFieldOption>>> pending = new LinkedHashMap<>();
    for (CustomFieldGroup g : groups) {
      for (CustomFieldValue v : g.fields()) {
        int type = defs.containsKey(v.id()) ? defs.get(v.id()).fieldType() : v.type();
        if (CustomFieldView.hasOptions(type) && !pending.containsKey(v.id())) {
          pending.put(v.id(), parallel.start(() -> context.client().customFieldOptions(v.id())));
        }
      }
    }
    Map<Integer, List<CustomFieldOption>> options = new HashMap<>();
    for (var e : pending.entrySet()) {
      options.put(e.getKey(), parallel.join(e.getValue()));
    }
    return new CustomFields(groups, new CustomFieldView(defs, options));
  }

  /** The ticket's heading line: {@code QXV-418-20573 (#1042): subject}. */
  static String heading(Ticket t) {
    return t.displayId() + " (#" + t.id() + "): " + t.subject();
  }
}
