package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.LookupXml;
import dev.kayakomcp.model.Department;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Base/Department (§2.1): list, one (id 0 means all), create, update, delete. */
final class DepartmentController implements Controller {

  static final String LOAD_FAILED = "Department Load Failed: " + Support.INVALID_DATA;

  private final Context ctx;

  DepartmentController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ApiResponse.xml(
        ctx.read(() -> LookupXml.departments(ctx.helpdesk().departments.values())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    int id = Params.intval(args.get(0));
    return ApiResponse.xml(
        ctx.read(
            () -> {
              Helpdesk h = ctx.helpdesk();
              // The controller casts the id to int and 0 means "all": /Department/ListAll lists.
              if (id == 0) {
                return LookupXml.departments(h.departments.values());
              }
              Department d = h.departments.get(id);
              return LookupXml.departments(d == null ? List.of() : List.of(d));
            }));
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    String app = p.has("app") ? p.text("app") : p.text("module");
    if (p.text("title").isEmpty() || app.isEmpty() || p.text("type").isEmpty()) {
      throw ApiException.badRequest(Support.REQUIRED_EMPTY);
    }
    String appLower = app.toLowerCase(Locale.ROOT);
    if (!appLower.equals("tickets") && !appLower.equals("livechat")) {
      throw ApiException.badRequest(
          "Invalid App Specified. You can only create departments for tickets and livechat app.");
    }
    String type = validType(p.text("type"));
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          int parent = checkParent(h, p, appLower);
          int id = h.departments.isEmpty() ? 1 : h.departments.lastKey() + 1;
          Department d =
              new Department(
                  id,
                  p.text("title"),
                  type,
                  appLower,
                  p.has("displayorder") ? p.intValue("displayorder") : 1,
                  parent,
                  p.text("uservisibilitycustom").equals("1"),
                  p.text("uservisibilitycustom").equals("1") ? groupIds(p) : List.of());
          h.departments.put(id, d);
          return ApiResponse.xml(LookupXml.departments(List.of(d)));
        });
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    int id = Params.intval(args.get(0));
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Department old = h.departments.get(id);
          if (old == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          if (p.text("title").isEmpty()) {
            throw ApiException.badRequest(Support.REQUIRED_EMPTY);
          }
          String type = p.has("type") ? validType(p.text("type")) : old.type();
          int parent =
              p.has("parentdepartmentid") ? checkParent(h, p, old.app()) : old.parentDepartmentId();
          boolean custom =
              p.has("uservisibilitycustom")
                  ? p.text("uservisibilitycustom").equals("1")
                  : old.userVisibilityCustom();
          List<Integer> groups =
              custom
                  ? (p.array("usergroupid").isEmpty() ? old.userGroupIds() : groupIds(p))
                  : List.of();
          Department d =
              new Department(
                  id,
                  p.text("title"),
                  type,
                  old.app(),
                  p.has("displayorder") ? p.intValue("displayorder") : old.displayOrder(),
                  parent,
                  custom,
                  groups);
          h.departments.put(id, d);
          return ApiResponse.xml(LookupXml.departments(List.of(d)));
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    int id = Params.intval(args.get(0));
    return ctx.write(
        () -> {
          if (ctx.helpdesk().departments.remove(id) == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          return ApiResponse.emptyOk();
        });
  }

  private static String validType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (!t.equals("public") && !t.equals("private")) {
      throw ApiException.badRequest(
          "Invalid Department Type Specified. Valid values are \"public\" and \"private\".");
    }
    return t;
  }

  private static int checkParent(Helpdesk h, Params p, String app) {
    int parentId = p.intValue("parentdepartmentid");
    if (parentId == 0) {
      return 0;
    }
    Department parent = h.departments.get(parentId);
    if (parent == null) {
      throw ApiException.badRequest("Invalid Parent Department");
    }
    if (!parent.app().equalsIgnoreCase(app)) {
      throw ApiException.badRequest(
          "Invalid Parent Department App. The app type of both parent and child department should"
              + " match.");
    }
    return parentId;
  }

  private static List<Integer> groupIds(Params p) {
    List<Integer> ids = new ArrayList<>();
    for (String v : p.array("usergroupid")) {
      int id = Params.intval(v);
      if (id > 0 && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}
