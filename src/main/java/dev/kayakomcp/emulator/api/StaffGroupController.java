package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.PeopleXml;
import dev.kayakomcp.model.StaffGroup;
import java.util.List;

/** Base/StaffGroup (§2.12): list, one, create, update, delete (refused while staff belong). */
final class StaffGroupController implements Controller {

  static final String LOAD_FAILED = "Staff Group Load Failed: " + Support.INVALID_DATA;

  private final Context ctx;

  StaffGroupController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(
        () -> ApiResponse.xml(PeopleXml.staffGroups(ctx.helpdesk().staffGroups.values())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    StaffGroup g = ctx.read(() -> ctx.helpdesk().staffGroups.get(Params.intval(args.get(0))));
    return ApiResponse.xml(PeopleXml.staffGroups(g == null ? List.of() : List.of(g)));
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    if (p.text("title").isEmpty() || !p.has("isadmin")) {
      throw ApiException.badRequest(Support.REQUIRED_EMPTY);
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          int id = h.staffGroups.isEmpty() ? 1 : h.staffGroups.lastKey() + 1;
          StaffGroup g = new StaffGroup(id, p.text("title"), p.text("isadmin").equals("1"));
          h.staffGroups.put(id, g);
          return ApiResponse.xml(PeopleXml.staffGroups(List.of(g)));
        });
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          StaffGroup o = h.staffGroups.get(Params.intval(args.get(0)));
          if (o == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          if (p.text("title").isEmpty()) {
            throw ApiException.badRequest(Support.REQUIRED_EMPTY);
          }
          StaffGroup g =
              new StaffGroup(
                  o.id(),
                  p.text("title"),
                  p.has("isadmin") ? p.text("isadmin").equals("1") : o.admin());
          h.staffGroups.put(g.id(), g);
          return ApiResponse.xml(PeopleXml.staffGroups(List.of(g)));
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          int id = Params.intval(args.get(0));
          if (!h.staffGroups.containsKey(id)) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          long members = h.staff.values().stream().filter(s -> s.staffGroupId() == id).count();
          if (members > 0) {
            throw ApiException.badRequest(
                "Staff Group Deletion Failed. There are \""
                    + members
                    + "\" staff members assigned to this group. Please delete them or change their"
                    + " group to continue.");
          }
          h.staffGroups.remove(id);
          return ApiResponse.emptyOk();
        });
  }
}
