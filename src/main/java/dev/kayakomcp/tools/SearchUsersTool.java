package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.format.PersonView;
import dev.kayakomcp.model.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_search_users}: customers by e-mail, name, phone, organisation or group. */
public final class SearchUsersTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_search_users",
          "Search users",
          "Search customers (end users) by e-mail, name, phone, organisation name or user-group"
              + " title. Returns id, name, e-mails, organisation and group; use a user's id as"
              + " user_id in kayako_list_tickets or kayako_get_user.",
          Schema.object()
              .string("query", "E-mail, part of a name, phone, organisation or group.")
              .integer("limit", "Users per page.", 1, 100, 20)
              .integer("offset", "How many users to skip.", 0, 100_000, 0)
              .responseFormat()
              .required("query")
              .build(),
          OutputSchemas.object(
              Schema.ordered(
                  "query", Schema.type("string"),
                  "users", Schema.arrayOf(People.userSchema()),
                  "paging", OutputSchemas.paging()),
              List.of("query", "users", "paging")),
          "people");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String query = args.requiredString("query");
    int limit = args.intInRange("limit", 20, 1, 100);
    int offset = args.intInRange("offset", 0, 0, 100_000);
    ResponseFormat format = args.format();
    List<User> all = context.client().searchUsers(query);
    List<User> page =
        all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    People people = People.of(context, page);
    PersonView view = new PersonView(context.times());
    return Budgeted.render(
        format,
        page.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            if (all.isEmpty()) {
              return "No users found matching '"
                  + query
                  + "'. Kayako matches e-mail, name, phone, organisation and group; try part of"
                  + " an e-mail address or kayako_search_tickets with search_user_email=true.\n";
            }
            StringBuilder sb =
                new StringBuilder("# Users matching '").append(query).append("'\n\n");
            sb.append("Found ")
                .append(all.size())
                .append("; showing ")
                .append(offset + 1)
                .append("–")
                .append(offset + shown)
                .append(".\n\n");
            for (User u : page.subList(0, shown)) {
              sb.append(view.userMarkdown(u, people.group(u), people.organization(u))).append('\n');
            }
            if (offset + shown < all.size()) {
              Map<String, Object> next = new LinkedHashMap<>();
              next.put("query", query);
              next.put("limit", limit);
              next.put("offset", offset + shown);
              sb.append(Paging.more("users", "kayako_search_users", next, 0));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", query);
            m.put(
                "users",
                page.subList(0, shown).stream()
                    .map(u -> (Object) view.user(u, people.group(u), people.organization(u)))
                    .toList());
            boolean more = offset + shown < all.size();
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("offset", offset);
            paging.put("limit", limit);
            paging.put("returned", shown);
            paging.put("total", all.size());
            paging.put("has_more", more);
            paging.put("next_offset", more ? offset + shown : null);
            paging.put("truncated_by_size", shown < page.size());
            m.put("paging", paging);
            return m;
          }
        });
  }
}
