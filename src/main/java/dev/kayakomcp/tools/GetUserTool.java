package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.PersonView;
import dev.kayakomcp.model.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_user}: one customer with organisation and user group by name. */
public final class GetUserTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_user",
          "Get a user",
          "Get one customer (end user) by id: name, e-mails, role, phone, organisation and user"
              + " group by name, created and last visit. Ids come from tickets (user_id) or"
              + " kayako_search_users.",
          Schema.object()
              .integer("user_id", "The user's numeric id.")
              .responseFormat()
              .required("user_id")
              .build(),
          OutputSchemas.object(Schema.ordered("user", People.userSchema()), List.of("user")),
          "people");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Integer id = args.optionalInt("user_id");
    if (id == null || id < 1) {
      throw new ToolArgumentException("'user_id' is required: a positive user id.");
    }
    ResponseFormat format = args.format();
    User u =
        context
            .client()
            .user(id)
            .orElseThrow(
                () ->
                    new ToolArgumentException(
                        "No user has id "
                            + id
                            + ". Find users with kayako_search_users (by e-mail or name)."));
    People people = People.of(context, List.of(u));
    PersonView view = new PersonView(context.times());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", view.user(u, people.group(u), people.organization(u)));
    return Budgeted.render(
        format,
        1,
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            return "# User\n\n" + view.userMarkdown(u, people.group(u), people.organization(u));
          }

          @Override
          public Map<String, Object> structured(int shown) {
            return m;
          }
        });
  }
}
