package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.LookupXml;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Base/CustomField (§2.16): every definition (by display order) and ListOptions. */
final class CustomFieldController implements Controller {

  private final Context ctx;

  CustomFieldController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Set<String> actions() {
    return Set.of("listoptions");
  }

  @Override
  public ApiResponse action(String name, List<String> args, ApiRequest r) {
    if (args.isEmpty() || args.get(0).isEmpty()) {
      throw ApiException.badRequest("No Custom Field ID Provided");
    }
    int fieldId = Params.intval(args.get(0));
    return ctx.read(
        () -> {
          List<CustomFieldOption> options = new ArrayList<>();
          for (CustomFieldOption o : ctx.helpdesk().customFieldOptions.values()) {
            if (o.customFieldId() == fieldId) {
              options.add(o);
            }
          }
          options.sort(
              Comparator.comparingInt(CustomFieldOption::displayOrder)
                  .thenComparingInt(CustomFieldOption::id));
          return ApiResponse.xml(LookupXml.options(options));
        });
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(
        () -> {
          List<CustomField> fields = new ArrayList<>(ctx.helpdesk().customFields.values());
          fields.sort(
              Comparator.comparingInt(CustomField::displayOrder).thenComparingInt(CustomField::id));
          return ApiResponse.xml(LookupXml.customFields(fields));
        });
  }
}
