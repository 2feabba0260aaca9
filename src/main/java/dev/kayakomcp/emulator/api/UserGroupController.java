package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.PeopleXml;
import dev.kayakomcp.model.UserGroup;
import java.util.List;
import java.util.Locale;

/** Base/UserGroup (§2.15): list, one, create, update (type fixed), delete (not master groups). */
final class UserGroupController implements Controller {

  static final String LOAD_FAILED = "User Group Load Failed: " + Support.INVALID_DATA;

  private final Context ctx;

  UserGroupController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(
        () -> ApiResponse.xml(PeopleXml.userGroups(ctx.helpdesk().userGroups.values())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    UserGroup g = ctx.read(() -> ctx.helpdesk().userGroups.get(Params.intval(args.get(0))));
    return ApiResponse.xml(PeopleXml.userGroups(g == null ? List.of() : List.of(g)));
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    String type = p.text("grouptype").toLowerCase(Locale.ROOT);
    if (p.text("title").isEmpty() || type.isEmpty()) {
      throw ApiException.badRequest(Support.REQUIRED_EMPTY);
    }
    if (!type.equals("guest") && !type.equals("registered")) {
      throw ApiException.badRequest("Invalid Group Type");
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          int id = h.userGroups.isEmpty() ? 1 : h.userGroups.lastKey() + 1;
          UserGroup g = new UserGroup(id, p.text("title"), type, false);
          h.userGroups.put(id, g);
          return ApiResponse.xml(PeopleXml.userGroups(List.of(g)));
        });
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          UserGroup o = h.userGroups.get(Params.intval(args.get(0)));
          if (o == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          if (p.text("title").isEmpty()) {
            throw ApiException.badRequest(Support.REQUIRED_EMPTY);
          }
          UserGroup g = new UserGroup(o.id(), p.text("title"), o.groupType(), o.master());
          h.userGroups.put(g.id(), g);
          return ApiResponse.xml(PeopleXml.userGroups(List.of(g)));
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          UserGroup g = h.userGroups.get(Params.intval(args.get(0)));
          if (g == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          if (g.master()) {
            throw ApiException.badRequest("Cannot delete master user group");
          }
          h.userGroups.remove(g.id());
          return ApiResponse.emptyOk();
        });
  }
}
