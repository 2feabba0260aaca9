package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.PersonView;
import dev.kayakomcp.model.UserOrganization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_organization}: one customer organisation. */
public final class GetOrganizationTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_organization",
          "Get an organisation",
          "Get one customer organisation by id: name, type (restricted or shared), address,"
              + " phone, website, created and updated. Ids come from kayako_get_user or tickets.",
          Schema.object()
              .integer("organization_id", "The organisation's numeric id.")
              .responseFormat()
              .required("organization_id")
              .build(),
          OutputSchemas.object(
              Schema.ordered(
                  "organization",
                  OutputSchemas.object(
                      Schema.ordered(
                          "id", Schema.type("integer"),
                          "name", Schema.type("string"),
                          "type", Schema.nullable("string"),
                          "address", Schema.nullable("string"),
                          "city", Schema.nullable("string"),
                          "state", Schema.nullable("string"),
                          "postal_code", Schema.nullable("string"),
                          "country", Schema.nullable("string"),
                          "phone", Schema.nullable("string"),
                          "website", Schema.nullable("string"),
                          "created_at", Schema.nullable("string"),
                          "updated_at", Schema.nullable("string")),
                      List.of("id", "name"))),
              List.of("organization")),
          "people");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Integer id = args.optionalInt("organization_id");
    if (id == null || id < 1) {
      throw new ToolArgumentException("'organization_id' is required: a positive id.");
    }
    ResponseFormat format = args.format();
    UserOrganization o =
        context
            .client()
            .organization(id)
            .orElseThrow(
                () ->
                    new ToolArgumentException(
                        "No organisation has id "
                            + id
                            + ". A user's organization_id (kayako_get_user) names one."));
    PersonView view = new PersonView(context.times());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organization", view.organization(o));
    return Budgeted.render(
        format,
        1,
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            return view.organizationMarkdown(o);
          }

          @Override
          public Map<String, Object> structured(int shown) {
            return m;
          }
        });
  }
}
