package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.PeopleXml;
import dev.kayakomcp.model.UserOrganization;
import java.util.List;
import java.util.Locale;

/**
 * Base/UserOrganization (§2.14): list, one, create, update (omitted address fields are blanked, as
 * the server does), delete.
 */
final class UserOrganizationController implements Controller {

  static final String LOAD_FAILED = "User Organization Load Failed: " + Support.INVALID_DATA;

  private final Context ctx;

  UserOrganizationController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(
        () -> ApiResponse.xml(PeopleXml.organizations(ctx.helpdesk().organizations.values())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    UserOrganization o =
        ctx.read(() -> ctx.helpdesk().organizations.get(Params.intval(args.get(0))));
    return ApiResponse.xml(PeopleXml.organizations(o == null ? List.of() : List.of(o)));
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    String type = type(p);
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          int id = h.organizations.isEmpty() ? 1 : h.organizations.lastKey() + 1;
          UserOrganization o = build(p, id, type, ctx.now(), ctx.now());
          h.organizations.put(id, o);
          return ApiResponse.xml(PeopleXml.organizations(List.of(o)));
        });
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          UserOrganization old = h.organizations.get(Params.intval(args.get(0)));
          if (old == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          if (p.text("name").isEmpty()) {
            throw ApiException.badRequest(Support.REQUIRED_EMPTY);
          }
          String type = p.text("organizationtype").isEmpty() ? old.organizationType() : type(p);
          UserOrganization o = build(p, old.id(), type, old.dateline(), ctx.now());
          h.organizations.put(o.id(), o);
          return ApiResponse.xml(PeopleXml.organizations(List.of(o)));
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          int id = Params.intval(args.get(0));
          if (ctx.helpdesk().organizations.remove(id) == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          ctx.helpdesk().organizationNotes.remove(id);
          return ApiResponse.emptyOk();
        });
  }

  private static String type(Params p) {
    String type = p.text("organizationtype").toLowerCase(Locale.ROOT);
    if (p.text("name").isEmpty() || type.isEmpty()) {
      throw ApiException.badRequest(Support.REQUIRED_EMPTY);
    }
    if (!type.equals("restricted") && !type.equals("shared")) {
      throw ApiException.badRequest("Invalid Organization Type");
    }
    return type;
  }

  private static UserOrganization build(
      Params p, int id, String type, long dateline, long lastUpdate) {
    return new UserOrganization(
        id,
        p.text("name"),
        type,
        p.text("address"),
        p.text("city"),
        p.text("state"),
        p.text("postalcode"),
        p.text("country"),
        p.text("phone"),
        p.text("fax"),
        p.text("website"),
        dateline,
        lastUpdate,
        p.intValue("slaplanid"),
        p.intValue("slaplanexpiry"));
  }
}
