package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.model.Department;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_departments}: the departments, with what matters for filtering tickets. */
public final class GetDepartmentsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_departments",
          "List departments",
          "List all Kayako departments: id, title, app (tickets or livechat), visibility, parent."
              + " Use a ticket department's id as department_id in kayako_list_tickets.",
          Schema.object().responseFormat().build(),
          OutputSchemas.object(
              Schema.ordered(
                  "departments",
                  Schema.arrayOf(
                      OutputSchemas.object(departmentProperties(), List.of("id", "title", "app"))),
                  "count",
                  Schema.type("integer")),
              List.of("departments", "count")),
          "lookups");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    ResponseFormat format = args.format();
    List<Department> departments = context.client().departments();
    Map<Integer, String> titles = new LinkedHashMap<>();
    departments.forEach(d -> titles.put(d.id(), d.title()));
    return new LookupTable<Department>(
            "Departments",
            "No departments found.",
            "departments",
            List.of("id", "title", "app", "type", "parent", "order"),
            d ->
                Arrays.asList(
                    d.id(),
                    d.title(),
                    d.app(),
                    d.type(),
                    d.parentDepartmentId() > 0
                        ? titles.getOrDefault(d.parentDepartmentId(), "?")
                            + " ("
                            + d.parentDepartmentId()
                            + ")"
                        : "—",
                    d.displayOrder()),
            GetDepartmentsTool::toMap,
            shown ->
                "\nOnly departments with app 'tickets' hold tickets. kayako_list_tickets lists all"
                    + " ticket departments when department_id is omitted.\n"
                    + (shown < departments.size()
                        ? "\n" + Paging.didNotFit(shown, departments.size(), "departments")
                        : ""))
        .render(format, departments);
  }

  private static Map<String, Object> toMap(Department d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("title", d.title());
    m.put("app", d.app());
    m.put("type", d.type());
    m.put("parent_department_id", d.parentDepartmentId());
    m.put("display_order", d.displayOrder());
    m.put("holds_tickets", d.isTicketDepartment());
    return m;
  }

  private static Map<String, Object> departmentProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", Schema.type("integer"));
    p.put("title", Schema.type("string"));
    p.put("app", Schema.type("string"));
    p.put("type", Schema.type("string"));
    p.put("parent_department_id", Schema.type("integer"));
    p.put("display_order", Schema.type("integer"));
    p.put("holds_tickets", Schema.type("boolean"));
    return p;
  }
}
