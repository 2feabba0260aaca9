package dev.kayakomcp.format;

import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ticket's custom field values with their definitions: title, type by name, the options of
 * select-like fields. File fields show name and size, never bytes; password fields are not shown.
 * Values are marked untrusted: customers can fill them in.
 */
public final class CustomFieldView {

  private static final List<String> TYPES =
      List.of(
          "unknown",
          "text",
          "textarea",
          "password",
          "checkbox",
          "radio",
          "select",
          "multi-select",
          "custom",
          "linked select",
          "date",
          "file");

  private final Map<Integer, CustomField> definitions;
  private final Map<Integer, List<CustomFieldOption>> options;

  public CustomFieldView(
      Map<Integer, CustomField> definitions, Map<Integer, List<CustomFieldOption>> options) {
    this.definitions = definitions;
    this.options = options;
  }

  public static String typeName(int code) {
    return code > 0 && code < TYPES.size() ? TYPES.get(code) : "type " + code;
  }

  /** Whether a field of this type has options to list. */
  public static boolean hasOptions(int type) {
    return type == 4 || type == 5 || type == 6 || type == 7 || type == 9;
  }

  private int type(CustomFieldValue v) {
    CustomField d = definitions.get(v.id());
    return d != null ? d.fieldType() : v.type();
  }

  /** The option texts, linked-select children as {@code Parent > Child}. */
  public List<String> optionTexts(int fieldId) {
    List<CustomFieldOption> opts = options.getOrDefault(fieldId, List.of());
    Map<Integer, String> byId = new LinkedHashMap<>();
    opts.forEach(o -> byId.put(o.id(), o.value()));
    List<String> out = new ArrayList<>();
    for (CustomFieldOption o : opts) {
      out.add(
          o.parentOptionId() == 0
              ? o.value()
              : byId.getOrDefault(o.parentOptionId(), "?") + " > " + o.value());
    }
    return out;
  }

  public Map<String, Object> structured(CustomFieldGroup g, CustomFieldValue v) {
    int type = type(v);
    CustomField d = definitions.get(v.id());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("group", g.title());
    m.put("title", d != null ? d.title() : v.title());
    m.put("type", typeName(type));
    m.put("type_code", type);
    m.put("name", v.name());
    boolean set = v.value() != null && !v.value().isEmpty();
    m.put("is_set", set);
    if (type == 11) {
      m.put("value", null);
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file_name", v.fileName());
      file.put("size_bytes", set ? base64Size(v.value()) : 0);
      m.put("file", set ? file : null);
    } else if (type == 3) {
      m.put("value", set ? "(password, not shown)" : null);
    } else {
      m.put("value", set ? v.value() : null);
      if (type == 4 || type == 7) {
        m.put("values", set ? splitMulti(v.value()) : List.of());
      }
    }
    if (hasOptions(type)) {
      m.put("options", optionTexts(v.id()));
    }
    if (d != null && d.description() != null && !d.description().isBlank()) {
      m.put("description", d.description());
    }
    m.put("untrusted", true);
    return m;
  }

  /** One line per field; the caller fences the block as untrusted. */
  public String markdown(CustomFieldGroup g, CustomFieldValue v) {
    Map<String, Object> m = structured(g, v);
    StringBuilder sb = new StringBuilder("- **").append(m.get("title")).append("** (");
    sb.append(m.get("type"));
    if (m.get("options") instanceof List<?> opts && !opts.isEmpty()) {
      sb.append("; options: ")
          .append(String.join(" | ", opts.stream().map(String::valueOf).toList()));
    }
    sb.append("): ");
    if (!(Boolean) m.get("is_set")) {
      sb.append("(not set)");
    } else if (m.get("file") instanceof Map<?, ?> f) {
      sb.append("file ")
          .append(f.get("file_name"))
          .append(", ")
          .append(PostView.size(((Number) f.get("size_bytes")).longValue()))
          .append(" (contents not shown)");
    } else {
      String value = String.valueOf(m.get("value"));
      sb.append(value.contains("\n") ? "\n  " + value.replace("\n", "\n  ") : value);
    }
    return sb.append('\n').toString();
  }

  static long base64Size(String b64) {
    String s = b64.replaceAll("\\s", "");
    long padding = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
    return Math.max(0, s.length() / 4 * 3 - padding);
  }

  /** Kayako joins multiple values with ", " and escapes a comma inside one as "\,". */
  static List<String> splitMulti(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ',') {
        cur.append(',');
        i++;
      } else if (c == ',') {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
