package dev.kayakomcp.tools;

import java.util.List;

/**
 * The README's tool table, generated from the registry so it cannot drift: name, toolset, whether
 * the tool only reads, and its title and description as clients see them.
 */
public final class ToolTable {

  /** Marks the start of the generated table in the README. */
  public static final String START = "<!-- tools:start -->";

  /** Marks its end. */
  public static final String END = "<!-- tools:end -->";

  private ToolTable() {}

  /** The Markdown table, one row per tool, in registry order, ending with a newline. */
  public static String markdown(List<KayakoTool> tools) {
    StringBuilder sb = new StringBuilder();
    sb.append("| Tool | Toolset | Access | What it answers |\n");
    sb.append("| --- | --- | --- | --- |\n");
    for (KayakoTool tool : tools) {
      ToolDefinition d = tool.definition();
      String access = d.readOnly() ? "read-only" : d.destructive() ? "write, destructive" : "write";
      sb.append("| `")
          .append(d.name())
          .append("` | ")
          .append(d.toolset())
          .append(" | ")
          .append(access)
          .append(" | **")
          .append(cell(d.title()))
          .append(".** ")
          .append(cell(d.description()))
          .append(" |\n");
    }
    return sb.toString();
  }

  /** {@code readme} with the text between the markers replaced by {@code table}. */
  public static String replace(String readme, String table) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("README has no " + START + " ... " + END + " block");
    }
    return readme.substring(0, start + START.length()) + "\n" + table + readme.substring(end);
  }

  /** The table currently between the markers. */
  public static String current(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("README has no " + START + " ... " + END + " block");
    }
    return readme.substring(start + START.length(), end).replaceFirst("^\n", "");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ").strip();
  }
}
