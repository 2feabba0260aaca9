package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.StaffGroup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** {@code kayako_list_staff}: the staff (agents) with their team names. */
public final class ListStaffTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_list_staff",
          "List staff",
          "List staff members (agents): id, name, e-mail, designation, team (staff group) and"
              + " whether enabled. Use an id as owner_staff_id in kayako_list_tickets.",
          Schema.object()
              .bool("include_disabled", "Also list disabled accounts.", true)
              .responseFormat()
              .build(),
          OutputSchemas.object(
              Schema.ordered(
                  "staff",
                  Schema.arrayOf(
                      OutputSchemas.object(
                          Schema.ordered(
                              "id", Schema.type("integer"),
                              "name", Schema.type("string"),
                              "email", Schema.nullable("string"),
                              "designation", Schema.nullable("string"),
                              "group_id", Schema.type("integer"),
                              "group", Schema.nullable("string"),
                              "is_admin_group", Schema.type("boolean"),
                              "enabled", Schema.type("boolean")),
                          List.of("id", "name"))),
                  "count",
                  Schema.type("integer")),
              List.of("staff", "count")),
          "people");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    ResponseFormat format = args.format();
    boolean disabled = args.bool("include_disabled", true);
    Future<List<Staff>> pending = context.parallel().start(() -> context.client().staff());
    Future<List<StaffGroup>> groups =
        context.parallel().start(() -> context.client().staffGroups());
    Map<Integer, StaffGroup> byId = new HashMap<>();
    context.parallel().join(groups).forEach(g -> byId.put(g.id(), g));
    List<Staff> staff =
        context.parallel().join(pending).stream().filter(s -> disabled || s.enabled()).toList();
    return Budgeted.render(
        format,
        staff.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# Staff\n\n");
            if (staff.isEmpty()) {
              return sb.append("No staff found.\n").toString();
            }
            sb.append("| id | name | e-mail | designation | team | enabled |\n");
            sb.append("| --- | --- | --- | --- | --- | --- |\n");
            for (Staff s : staff.subList(0, shown)) {
              StaffGroup g = byId.get(s.staffGroupId());
              sb.append("| ")
                  .append(s.id())
                  .append(" | ")
                  .append(s.fullName())
                  .append(" | ")
                  .append(s.email())
                  .append(" | ")
                  .append(s.designation())
                  .append(" | ")
                  .append(g == null ? "#" + s.staffGroupId() : g.title())
                  .append(" | ")
                  .append(s.enabled() ? "yes" : "no")
                  .append(" |\n");
            }
            if (shown < staff.size()) {
              sb.append('\n').append(Paging.didNotFit(shown, staff.size(), "staff"));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(
                "staff",
                staff.subList(0, shown).stream()
                    .map(
                        s -> {
                          StaffGroup g = byId.get(s.staffGroupId());
                          Map<String, Object> x = new LinkedHashMap<>();
                          x.put("id", s.id());
                          x.put("name", s.fullName());
                          x.put("email", s.email());
                          x.put("designation", s.designation());
                          x.put("group_id", s.staffGroupId());
                          x.put("group", g == null ? null : g.title());
                          x.put("is_admin_group", g != null && g.admin());
                          x.put("enabled", s.enabled());
                          return (Object) x;
                        })
                    .toList());
            m.put("count", staff.size());
            return m;
          }
        });
  }
}
