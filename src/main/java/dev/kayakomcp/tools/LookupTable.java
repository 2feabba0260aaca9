package dev.kayakomcp.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The answer of a lookup-list tool: a Markdown table under a heading, and the same rows as a named
 * list with a count, cut to whole rows by the response budget.
 *
 * @param heading the Markdown heading
 * @param emptyText what to say when there are no rows
 * @param listKey the name of the row list in structured content
 * @param columns the table's column titles
 * @param cells one row's table cells, in column order
 * @param fields one row as structured content
 * @param footer text after the table, given the number of rows shown ("" for none)
 */
record LookupTable<T>(
    String heading,
    String emptyText,
    String listKey,
    List<String> columns,
    Function<T, List<Object>> cells,
    Function<T, Map<String, Object>> fields,
    IntFunction<String> footer) {

  LookupTable(
      String heading,
      String emptyText,
      String listKey,
      List<String> columns,
      Function<T, List<Object>> cells,
      Function<T, Map<String, Object>> fields) {
    this(heading, emptyText, listKey, columns, cells, fields, shown -> "");
  }

  ToolResult render(ResponseFormat format, List<T> rows) {
    return Budgeted.render(
        format,
        rows.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# ").append(heading).append("\n\n");
            if (rows.isEmpty()) {
              return sb.append(emptyText).append('\n').toString();
            }
            sb.append("| ").append(String.join(" | ", columns)).append(" |\n");
            sb.append("|").append(" --- |".repeat(columns.size())).append('\n');
            for (T row : rows.subList(0, shown)) {
              List<String> texts = new ArrayList<>();
              cells.apply(row).forEach(c -> texts.add(String.valueOf(c)));
              sb.append("| ").append(String.join(" | ", texts)).append(" |\n");
            }
            return sb.append(footer.apply(shown)).toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(
                listKey,
                rows.subList(0, shown).stream().map(r -> (Object) fields.apply(r)).toList());
            m.put("count", rows.size());
            return m;
          }
        });
  }
}
