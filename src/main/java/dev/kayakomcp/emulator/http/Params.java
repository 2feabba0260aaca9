package dev.kayakomcp.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request parameters under their raw names, in arrival order, read the way PHP reads them: a
 * repeated plain name keeps its last value, {@code x[]} collects an array and {@code name[0]} or
 * {@code name[1][7]} are indexed entries of {@code name}.
 */
public final class Params {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  public static Params empty() {
    return new Params();
  }

  public void add(String name, String value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  public void addAll(Params other) {
    other.values.forEach((k, v) -> v.forEach(x -> add(k, x)));
  }

  public void remove(String name) {
    values.remove(name);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The last value sent under exactly this name, or null. */
  public String get(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
  }

  /** The value or "" when absent. */
  public String text(String name) {
    String v = get(name);
    return v == null ? "" : v;
  }

  /** PHP's {@code empty()}: absent, "" and "0" count as empty. */
  public boolean isEmpty(String name) {
    String v = get(name);
    return v == null || v.isEmpty() || v.equals("0");
  }

  /** PHP's {@code intval()} of the value: the leading integer, 0 when there is none. */
  public int intValue(String name) {
    return intval(get(name));
  }

  /** Values of {@code name[]} (and of a plain {@code name} if that was sent instead). */
  public List<String> array(String name) {
    List<String> out = new ArrayList<>(values.getOrDefault(name + "[]", List.of()));
    if (out.isEmpty() && values.containsKey(name)) {
      out.add(get(name));
    }
    return out;
  }

  /**
   * Entries sent as {@code name[...]} (indexed or nested), keyed by what follows {@code name}, e.g.
   * {@code [0]} or {@code [1][7]}, in arrival order.
   */
  public Map<String, String> indexed(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    String prefix = name + "[";
    values.forEach(
        (k, v) -> {
          if (k.startsWith(prefix) && !v.isEmpty()) {
            out.put(k.substring(name.length()), v.get(v.size() - 1));
          }
        });
    return out;
  }

  public Map<String, List<String>> asMap() {
    return values;
  }

  /** PHP's {@code intval()}: optional sign and leading digits, anything else is 0. */
  public static int intval(String s) {
    if (s == null) {
      return 0;
    }
    String t = s.strip();
    int i = 0;
    boolean negative = false;
    if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      negative = t.charAt(i) == '-';
      i++;
    }
    long n = 0;
    int start = i;
    while (i < t.length() && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
      n = n * 10 + (t.charAt(i) - '0');
      if (n > Integer.MAX_VALUE) {
        return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
      }
      i++;
    }
    if (i == start) {
      return 0;
    }
    return (int) (negative ? -n : n);
  }

  /** True when {@code s} is an optionally signed run of ASCII digits. */
  public static boolean isNumeric(String s) {
    return s != null && s.matches("-?[0-9]+") && s.length() < 11;
  }

  @Override
  public String toString() {
    return "Params" + values.keySet();
  }
}
