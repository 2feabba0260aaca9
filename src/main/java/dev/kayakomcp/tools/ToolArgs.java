package dev.kayakomcp.tools;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tool arguments as real clients send them: numbers as numbers or strings ({@code "42"}), booleans
 * as booleans or {@code "true"}/{@code "1"}, and the legacy {@code {"params": {...}}} wrapper.
 * Every getter fails with a {@link ToolArgumentException} that names the argument and what it
 * takes.
 */
public final class ToolArgs {

  private final Map<String, Object> values;

  private ToolArgs(Map<String, Object> values) {
    this.values = values;
  }

  /** Wraps raw arguments, unwrapping {@code {"params": {...}}} when that is all there is. */
  @SuppressWarnings("unchecked")
  public static ToolArgs of(Map<String, Object> raw) {
    Map<String, Object> m = raw == null ? Map.of() : raw;
    if (m.size() == 1 && m.get("params") instanceof Map<?, ?> inner) {
      m = (Map<String, Object>) inner;
    }
    return new ToolArgs(new LinkedHashMap<>(m));
  }

  /** Every argument as sent (read-only), e.g. to key a cache. */
  public Map<String, Object> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /** The value as sent, for arguments with structure (lists, objects); null when absent. */
  public Object raw(String name) {
    return values.get(name);
  }

  public boolean has(String name) {
    Object v = values.get(name);
    return v != null && !(v instanceof String s && s.isBlank());
  }

  /** A required non-blank string. */
  public String requiredString(String name) {
    if (!has(name)) {
      throw new ToolArgumentException("'" + name + "' is required.");
    }
    return string(name, null);
  }

  public String string(String name, String fallback) {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof String s) {
      return s.isBlank() ? fallback : s.strip();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    throw new ToolArgumentException("'" + name + "' must be a string.");
  }

  /** An optional whole number, or null when absent. */
  public Integer optionalInt(String name) {
    Object v = values.get(name);
    if (v == null || v instanceof String s && s.isBlank()) {
      return null;
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
        throw new ToolArgumentException("'" + name + "' must be a whole number, not " + v + ".");
      }
      return n.intValue();
    }
    if (v instanceof String s) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        throw new ToolArgumentException("'" + name + "' must be a whole number, not '" + s + "'.");
      }
    }
    throw new ToolArgumentException("'" + name + "' must be a whole number.");
  }

  /** A whole number within bounds, or the fallback when absent. */
  public int intInRange(String name, int fallback, int min, int max) {
    Integer v = optionalInt(name);
    if (v == null) {
      return fallback;
    }
    if (v < min || v > max) {
      throw new ToolArgumentException(
          "'" + name + "' must be between " + min + " and " + max + ", not " + v + ".");
    }
    return v;
  }

  /**
   * Whole numbers given as one number, a numeric string or a comma list ({@code "1,2,3"}); empty
   * when absent.
   */
  public java.util.List<Integer> intList(String name) {
    Object v = values.get(name);
    if (v == null) {
      return java.util.List.of();
    }
    if (v instanceof java.util.List<?> list) {
      java.util.List<Integer> out = new java.util.ArrayList<>();
      for (Object o : list) {
        if (o != null) { // JSON null inside a list: nothing to add (Map.of would throw)
          out.addAll(new ToolArgs(new LinkedHashMap<>(Map.of(name, o))).intList(name));
        }
      }
      return out;
    }
    if (v instanceof String s && s.contains(",")) {
      java.util.List<Integer> out = new java.util.ArrayList<>();
      for (String part : s.split(",")) {
        if (!part.isBlank()) {
          try {
            out.add(Integer.parseInt(part.strip()));
          } catch (NumberFormatException e) {
            throw new ToolArgumentException(
                "'" + name + "' must be a whole number or a comma list of them, not '" + s + "'.");
          }
        }
      }
      return out;
    }
    Integer one = optionalInt(name);
    return one == null ? java.util.List.of() : java.util.List.of(one);
  }

  /** Strings given as an array or a comma list; empty when absent. */
  public java.util.List<String> stringList(String name) {
    Object v = values.get(name);
    java.util.List<String> out = new java.util.ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v instanceof java.util.List<?> list) {
      for (Object o : list) {
        if (o != null) {
          out.addAll(ToolArgs.of(Map.of(name, o)).stringList(name));
        }
      }
      return out;
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      for (String part : v.toString().split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
    throw new ToolArgumentException("'" + name + "' must be a string or a list of strings.");
  }

  public boolean bool(String name, boolean fallback) {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.intValue() != 0;
    }
    if (v instanceof String s) {
      switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes", "on" -> {
          return true;
        }
        case "false", "0", "no", "off" -> {
          return false;
        }
        case "" -> {
          return fallback;
        }
        default -> {
          // fall through to the error below
        }
      }
    }
    throw new ToolArgumentException("'" + name + "' must be true or false, not '" + v + "'.");
  }

  /** {@code response_format}: markdown (default) or json. */
  public ResponseFormat format() {
    String f = string("response_format", "markdown").toLowerCase(Locale.ROOT);
    return switch (f) {
      case "markdown", "md" -> ResponseFormat.MARKDOWN;
      case "json" -> ResponseFormat.JSON;
      default ->
          throw new ToolArgumentException(
              "'response_format' must be \"markdown\" or \"json\", not '" + f + "'.");
    };
  }
}
