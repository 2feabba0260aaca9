package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.PeopleXml;
import dev.kayakomcp.model.Staff;
import java.util.List;

/**
 * Base/Staff (§2.11): list, one, create, update, delete. The server controller was not read, so
 * validation texts beyond the required-field one are the emulator's own.
 */
final class StaffController implements Controller {

  static final String LOAD_FAILED = "Staff Load Failed: " + Support.INVALID_DATA;

  private final Context ctx;

  StaffController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(() -> ApiResponse.xml(PeopleXml.staff(ctx.helpdesk().staff.values())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    Staff s = ctx.read(() -> ctx.helpdesk().staff.get(Params.intval(args.get(0))));
    return ApiResponse.xml(PeopleXml.staff(s == null ? List.of() : List.of(s)));
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    for (String f :
        new String[] {"firstname", "lastname", "username", "password", "staffgroupid", "email"}) {
      if (p.text(f).isEmpty()) {
        throw ApiException.badRequest(Support.REQUIRED_EMPTY);
      }
    }
    if (!Support.looksLikeEmail(p.text("email"))) {
      throw ApiException.badRequest("Invalid Email Specified");
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          if (!h.staffGroups.containsKey(p.intValue("staffgroupid"))) {
            throw ApiException.badRequest("Invalid Staff Group ID");
          }
          for (Staff s : h.staff.values()) {
            if (s.userName().equalsIgnoreCase(p.text("username"))) {
              throw ApiException.badRequest("Username already exists");
            }
          }
          int id = h.staff.isEmpty() ? 1 : h.staff.lastKey() + 1;
          Staff s =
              new Staff(
                  id,
                  p.intValue("staffgroupid"),
                  p.text("firstname"),
                  p.text("lastname"),
                  p.text("firstname") + " " + p.text("lastname"),
                  p.text("username"),
                  p.text("email"),
                  p.text("designation"),
                  p.text("greeting"),
                  p.text("mobilenumber"),
                  !p.has("isenabled") || p.text("isenabled").equals("1"),
                  p.text("timezone"),
                  p.text("enabledst").equals("1"),
                  p.text("staffsignature"));
          h.staff.put(id, s);
          return ApiResponse.xml(PeopleXml.staff(List.of(s)));
        });
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Staff o = h.staff.get(Params.intval(args.get(0)));
          if (o == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          String first = or(p, "firstname", o.firstName());
          String last = or(p, "lastname", o.lastName());
          int group =
              h.staffGroups.containsKey(p.intValue("staffgroupid"))
                  ? p.intValue("staffgroupid")
                  : o.staffGroupId();
          Staff s =
              new Staff(
                  o.id(),
                  group,
                  first,
                  last,
                  first + " " + last,
                  or(p, "username", o.userName()),
                  Support.looksLikeEmail(p.text("email")) ? p.text("email") : o.email(),
                  p.has("designation") ? p.text("designation") : o.designation(),
                  p.has("greeting") ? p.text("greeting") : o.greeting(),
                  p.has("mobilenumber") ? p.text("mobilenumber") : o.mobileNumber(),
                  p.has("isenabled") ? p.text("isenabled").equals("1") : o.enabled(),
                  p.has("timezone") ? p.text("timezone") : o.timezone(),
                  p.has("enabledst") ? p.text("enabledst").equals("1") : o.enableDst(),
                  p.has("staffsignature") ? p.text("staffsignature") : o.signature());
          h.staff.put(s.id(), s);
          return ApiResponse.xml(PeopleXml.staff(List.of(s)));
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          if (ctx.helpdesk().staff.remove(Params.intval(args.get(0))) == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          return ApiResponse.emptyOk();
        });
  }

  private static String or(Params p, String name, String fallback) {
    return p.text(name).isEmpty() ? fallback : p.text(name);
  }
}
