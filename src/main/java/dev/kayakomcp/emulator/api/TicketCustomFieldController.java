package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.CustomFieldGroupDef;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.MultipartParser.UploadedFile;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.xml.XmlWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tickets/TicketCustomField (§2.9): GET the ticket's groups and values (display texts), POST new
 * values (option ids in, texts stored). Values are read with the raw path value, so a display id
 * lists the groups with empty values.
 */
final class TicketCustomFieldController implements Controller {

  static final String INVALID = "Custom Field Data is Invalid: ";

  private final Context ctx;

  TicketCustomFieldController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest(
        "Not Implemented, Call /Tickets/TicketCustomField/{ticketid} instead.");
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Ticket t = TicketStore.require(h, args.get(0));
          return ApiResponse.xml(document(h, t, Support.rawId(args.get(0))));
        });
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    if (args.isEmpty()) {
      throw ApiException.notFound(TicketStore.NOT_FOUND);
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Ticket t = TicketStore.require(h, args.get(0));
          Map<Integer, CustomFieldValue> changes = new HashMap<>();
          for (CustomFieldGroupDef g : groups(h, t)) {
            for (CustomField f : fields(h, g)) {
              CustomFieldValue v = parse(h, f, r.params(), r.files());
              if (v != null) {
                changes.put(f.id(), v);
              }
            }
          }
          int raw = Support.rawId(args.get(0));
          if (!changes.isEmpty()) {
            // Copy first: the dataset may have stored an unmodifiable map.
            Map<Integer, CustomFieldValue> merged =
                new HashMap<>(h.customFieldValues.getOrDefault(raw, Map.of()));
            merged.putAll(changes);
            h.customFieldValues.put(raw, merged);
            TicketStore.touch(h, t.id(), ctx.now());
          }
          return ApiResponse.xml(document(h, t, raw));
        });
  }

  /** The new value of one field from the request, null when not sent; 400 when invalid. */
  private static CustomFieldValue parse(
      Helpdesk h, CustomField f, Params p, Map<String, UploadedFile> files) {
    String name = f.fieldName();
    String value;
    String fileName = null;
    switch (f.fieldType()) {
      case 4, 7 -> {
        List<String> ids = new ArrayList<>(p.indexed(name).values());
        ids.addAll(p.array(name));
        if (ids.isEmpty()) {
          return null;
        }
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
          texts.add(option(h, f, id, 0).value().replace(",", "\\,"));
        }
        value = String.join(", ", texts);
      }
      case 5, 6 -> {
        if (!p.has(name)) {
          return null;
        }
        value = p.text(name).isEmpty() ? "" : option(h, f, p.text(name), 0).value();
      }
      case 9 -> {
        Map<String, String> parts = p.indexed(name);
        String parentId = parts.get("[0]");
        if (parentId == null) {
          return null;
        }
        CustomFieldOption parent = option(h, f, parentId, 0);
        String childId = parts.get("[1][" + parentId + "]");
        value =
            childId == null || childId.isEmpty()
                ? parent.value()
                : parent.value() + " > " + option(h, f, childId, parent.id()).value();
      }
      case 10 -> {
        if (!p.has(name)) {
          return null;
        }
        value = p.text(name);
        if (!value.isEmpty() && !value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
          throw ApiException.badRequest(INVALID + f.title());
        }
      }
      case 11 -> {
        UploadedFile file = files.get(name);
        if (file == null) {
          return null;
        }
        value = Base64.getEncoder().encodeToString(file.bytes());
        fileName = file.fileName();
      }
      default -> {
        if (!p.has(name)) {
          return null;
        }
        value = p.text(name);
      }
    }
    return new CustomFieldValue(f.id(), f.title(), f.fieldType(), name, fileName, value);
  }

  /** The option with this id belonging to the field (and parent), else 400. */
  private static CustomFieldOption option(Helpdesk h, CustomField f, String id, int parentId) {
    CustomFieldOption o = h.customFieldOptions.get(Params.intval(id));
    if (o == null
        || o.customFieldId() != f.id()
        || !Params.isNumeric(id.strip())
        || (parentId != 0 && o.parentOptionId() != parentId)) {
      throw ApiException.badRequest(INVALID + f.title());
    }
    return o;
  }

  /** Ticket groups shown for this ticket's department, by display order. */
  private static List<CustomFieldGroupDef> groups(Helpdesk h, Ticket t) {
    List<CustomFieldGroupDef> out = new ArrayList<>();
    for (CustomFieldGroupDef g : h.customFieldGroups.values()) {
      if (g.isTicketGroup()
          && (g.departmentIds().isEmpty() || g.departmentIds().contains(t.departmentId()))) {
        out.add(g);
      }
    }
    out.sort(
        Comparator.comparingInt(CustomFieldGroupDef::displayOrder)
            .thenComparingInt(CustomFieldGroupDef::id));
    return out;
  }

  private static List<CustomField> fields(Helpdesk h, CustomFieldGroupDef g) {
    List<CustomField> out = new ArrayList<>();
    for (CustomField f : h.customFields.values()) {
      if (f.groupId() == g.id()) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(CustomField::displayOrder).thenComparingInt(CustomField::id));
    return out;
  }

  private static String document(Helpdesk h, Ticket t, int rawId) {
    Map<Integer, CustomFieldValue> values = h.customFieldValues.getOrDefault(rawId, Map.of());
    XmlWriter w = XmlWriter.document("customfields");
    for (CustomFieldGroupDef g : groups(h, t)) {
      w.open("group", "id", g.id(), "title", g.title(), "displayorder", g.displayOrder());
      for (CustomField f : fields(h, g)) {
        CustomFieldValue v = values.get(f.id());
        String text = v == null || v.value() == null ? "" : v.value();
        if (f.fieldType() == 9 && !text.contains("&gt;")) {
          // Linked selects carry a literal "&gt;" inside the CDATA.
          text = text.replace(">", "&gt;");
        }
        if (f.fieldType() == 11 && v != null && v.fileName() != null && !text.isEmpty()) {
          w.elementWithAttributes(
              "field",
              text,
              "id",
              f.id(),
              "title",
              f.title(),
              "type",
              f.fieldType(),
              "name",
              f.fieldName(),
              "filename",
              v.fileName());
        } else {
          w.elementWithAttributes(
              "field",
              text,
              "id",
              f.id(),
              "title",
              f.title(),
              "type",
              f.fieldType(),
              "name",
              f.fieldName());
        }
      }
      w.close("group");
    }
    return w.finish("customfields");
  }
}
