package dev.kayakomcp.tools;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tools a server exposes, like github-mcp-server's inventory filters: toolsets (groups from
 * {@link ToolDefinition#toolset()}, {@code all} by default), explicitly enabled tools (added to the
 * toolsets), excluded tools (removed), and read-only, which wins over everything: with it only
 * tools whose definition is read-only remain, whatever else was asked.
 *
 * @param toolsets toolset names, or {@code all}; empty means all
 * @param tools tool names enabled in addition to the toolsets
 * @param excluded tool names never exposed
 * @param readOnly only read-only tools
 */
public record ToolFilter(
    Set<String> toolsets, Set<String> tools, Set<String> excluded, boolean readOnly) {

  /** The name that selects every toolset. */
  public static final String ALL = "all";

  public ToolFilter {
    toolsets = Set.copyOf(toolsets);
    tools = Set.copyOf(tools);
    excluded = Set.copyOf(excluded);
  }

  /** Every tool. */
  public static ToolFilter none() {
    return new ToolFilter(Set.of(), Set.of(), Set.of(), false);
  }

  /**
   * A filter from comma-separated lists as flags and environment variables carry them; blank or
   * null lists mean "not set".
   */
  public static ToolFilter parse(String toolsets, String tools, String excluded, boolean readOnly) {
    return new ToolFilter(split(toolsets), split(tools), split(excluded), readOnly);
  }

  static Set<String> split(String list) {
    Set<String> out = new LinkedHashSet<>();
    if (list != null) {
      for (String part : list.split(",")) {
        String name = part.strip();
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** Whether nothing is filtered out. */
  public boolean isEmpty() {
    return !readOnly && excluded.isEmpty() && tools.isEmpty() && selectsAllToolsets();
  }

  private boolean selectsAllToolsets() {
    return toolsets.isEmpty() || toolsets.contains(ALL);
  }

  /**
   * Refuses names that match no toolset or tool of {@code available}, so a typo does not silently
   * expose nothing.
   *
   * @throws IllegalArgumentException naming the unknown names and what exists
   */
  public void check(List<KayakoTool> available) {
    Set<String> knownSets = new TreeSet<>();
    Set<String> knownTools = new TreeSet<>();
    for (KayakoTool t : available) {
      knownSets.add(t.definition().toolset());
      knownTools.add(t.definition().name());
    }
    List<String> problems = new ArrayList<>();
    for (String s : toolsets) {
      if (!s.equals(ALL) && !knownSets.contains(s)) {
        problems.add(
            "unknown toolset \"" + s + "\" (toolsets: all, " + String.join(", ", knownSets) + ")");
      }
    }
    for (String n : tools) {
      if (!knownTools.contains(n)) {
        problems.add("unknown tool \"" + n + "\"");
      }
    }
    for (String n : excluded) {
      if (!knownTools.contains(n)) {
        problems.add("unknown tool \"" + n + "\" to exclude");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          String.join("; ", problems) + ". Tools: " + String.join(", ", knownTools) + ".");
    }
  }

  /** Whether {@code tool} is exposed. */
  public boolean allows(ToolDefinition tool) {
    if (readOnly && !tool.readOnly()) {
      return false;
    }
    if (excluded.contains(tool.name())) {
      return false;
    }
    if (tools.contains(tool.name())) {
      return true;
    }
    if (!tools.isEmpty() && toolsets.isEmpty()) {
      return false;
    }
    return selectsAllToolsets() || toolsets.contains(tool.toolset());
  }

  /** The exposed tools, in their original order. */
  public List<KayakoTool> apply(List<KayakoTool> available) {
    return available.stream().filter(t -> allows(t.definition())).toList();
  }
}
