package dev.kayakomcp.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds JSON Schema objects (as maps) for tool input and output schemas. */
public final class Schema {

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();

  public static Schema object() {
    return new Schema();
  }

  public Schema string(String name, String description) {
    return prop(name, ordered("type", "string", "description", description));
  }

  public Schema integer(String name, String description) {
    return prop(name, ordered("type", "integer", "description", description));
  }

  public Schema integer(String name, String description, int min, int max, int dflt) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "integer");
    p.put("description", description);
    p.put("minimum", min);
    p.put("maximum", max);
    p.put("default", dflt);
    return prop(name, p);
  }

  public Schema bool(String name, String description, boolean dflt) {
    return prop(name, ordered("type", "boolean", "description", description, "default", dflt));
  }

  public Schema enumeration(String name, String description, List<String> values, String dflt) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "string");
    p.put("description", description);
    p.put("enum", values);
    if (dflt != null) {
      p.put("default", dflt);
    }
    return prop(name, p);
  }

  /** The common {@code response_format} argument. */
  public Schema responseFormat() {
    return enumeration(
        "response_format",
        "markdown (default, for reading) or json (for processing); structured content is sent"
            + " either way.",
        List.of("markdown", "json"),
        "markdown");
  }

  /** Applies a group of properties shared by several tools. */
  public Schema apply(java.util.function.UnaryOperator<Schema> group) {
    return group.apply(this);
  }

  /** Any property schema, given as a map. */
  public Schema prop(String name, Map<String, Object> schema) {
    properties.put(name, schema);
    return this;
  }

  public Schema required(String... names) {
    required.addAll(List.of(names));
    return this;
  }

  public Map<String, Object> build() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    s.put("properties", properties);
    if (!required.isEmpty()) {
      s.put("required", required);
    }
    return s;
  }

  // Property helpers for output schemas.

  public static Map<String, Object> type(String type) {
    return ordered("type", type);
  }

  /** A value of this type that may also be null. */
  public static Map<String, Object> nullable(String type) {
    return ordered("type", List.of(type, "null"));
  }

  public static Map<String, Object> arrayOf(Map<String, Object> items) {
    return ordered("type", "array", "items", items);
  }

  /**
   * A map in the order given: schemas are shown to clients and kept as snapshots, so their key
   * order must not vary between runs as {@code Map.of}'s does.
   */
  public static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
