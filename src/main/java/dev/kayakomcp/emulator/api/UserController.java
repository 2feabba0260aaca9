package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.PeopleXml;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Base/User (§2.13): the first 1000 users, {@code Filter/{marker}/{max}} paging, one, create,
 * update (invalid optional values silently ignored), delete.
 */
final class UserController implements Controller {

  static final int PAGE_CAP = 1000;
  static final String LOAD_FAILED = "User Load Failed: " + Support.INVALID_DATA;
  static final Set<String> SALUTATIONS = Set.of("Mr.", "Ms.", "Mrs.", "Dr.");

  private final Context ctx;

  UserController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Set<String> actions() {
    return Set.of("filter");
  }

  @Override
  public ApiResponse action(String name, List<String> args, ApiRequest r) {
    int marker = args.isEmpty() ? 0 : Params.intval(args.get(0));
    int max = args.size() < 2 ? PAGE_CAP : Params.intval(args.get(1));
    int limit = max <= 0 || max > PAGE_CAP ? PAGE_CAP : max;
    return ctx.read(
        () ->
            ApiResponse.xml(
                PeopleXml.users(
                    first(ctx.helpdesk().users.tailMap(marker, true).values(), limit))));
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(
        () -> ApiResponse.xml(PeopleXml.users(first(ctx.helpdesk().users.values(), PAGE_CAP))));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    User u = ctx.read(() -> ctx.helpdesk().users.get(Params.intval(args.get(0))));
    return ApiResponse.xml(PeopleXml.users(u == null ? List.of() : List.of(u)));
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    List<String> emails = emails(p);
    if (p.text("fullname").isEmpty()
        || p.isEmpty("usergroupid")
        || p.text("password").isEmpty()
        || emails.isEmpty()) {
      throw ApiException.badRequest(Support.REQUIRED_EMPTY);
    }
    for (String e : emails) {
      if (!Support.looksLikeEmail(e)) {
        throw ApiException.badRequest("Invalid Email Specified");
      }
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          UserGroup g = h.userGroups.get(p.intValue("usergroupid"));
          if (g == null) {
            throw ApiException.badRequest("Invalid User Group");
          }
          if (!g.groupType().equalsIgnoreCase("registered")) {
            throw ApiException.badRequest("User Group Specified is not of \"Registered\" type");
          }
          int org = p.intValue("userorganizationid");
          if (org != 0 && !h.organizations.containsKey(org)) {
            throw ApiException.badRequest("Invalid User Organization ID");
          }
          for (String e : emails) {
            if (owner(h, e) != null) {
              throw ApiException.badRequest(
                  "Unable to insert user. Email address belongs to an existing user.");
            }
          }
          int sla = p.intValue("slaplanid");
          if (sla != 0 && !slaPlans(h).contains(sla)) {
            throw ApiException.badRequest("Invalid SLA Plan");
          }
          int id = Math.max(h.nextUserId, h.users.isEmpty() ? 1 : h.users.lastKey() + 1);
          h.nextUserId = id + 1;
          String salutation = p.text("salutation");
          User u =
              new User(
                  id,
                  g.id(),
                  p.text("userrole").equalsIgnoreCase("manager") ? "manager" : "user",
                  org,
                  SALUTATIONS.contains(salutation) ? salutation : "",
                  p.intValue("userexpiry"),
                  p.text("fullname"),
                  emails,
                  p.text("designation"),
                  p.text("phone"),
                  ctx.now(),
                  0,
                  !p.has("isenabled") || p.text("isenabled").equals("1"),
                  p.text("timezone"),
                  p.text("enabledst").equals("1"),
                  sla,
                  p.intValue("slaplanexpiry"));
          h.users.put(id, u);
          return ApiResponse.xml(PeopleXml.users(List.of(u)));
        });
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          User o = h.users.get(Params.intval(args.get(0)));
          if (o == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          if (p.text("fullname").isEmpty()) {
            throw ApiException.badRequest(Support.REQUIRED_EMPTY);
          }
          UserGroup g = h.userGroups.get(p.intValue("usergroupid"));
          int org = p.intValue("userorganizationid");
          List<String> emails = new ArrayList<>();
          for (String e : emails(p)) {
            User other = owner(h, e);
            if (Support.looksLikeEmail(e) && (other == null || other.id() == o.id())) {
              emails.add(e);
            }
          }
          String salutation = p.text("salutation");
          String role = p.text("userrole").toLowerCase(Locale.ROOT);
          int sla = p.intValue("slaplanid");
          User u =
              new User(
                  o.id(),
                  g != null && g.groupType().equalsIgnoreCase("registered")
                      ? g.id()
                      : o.userGroupId(),
                  role.equals("manager") || role.equals("user") ? role : o.userRole(),
                  p.has("userorganizationid") && (org == 0 || h.organizations.containsKey(org))
                      ? org
                      : o.userOrganizationId(),
                  SALUTATIONS.contains(salutation) ? salutation : o.salutation(),
                  p.has("userexpiry") ? p.intValue("userexpiry") : o.userExpiry(),
                  p.text("fullname"),
                  emails.isEmpty() ? o.emails() : emails,
                  p.has("designation") ? p.text("designation") : o.designation(),
                  p.has("phone") ? p.text("phone") : o.phone(),
                  o.dateline(),
                  o.lastVisit(),
                  p.has("isenabled") ? p.text("isenabled").equals("1") : o.enabled(),
                  p.has("timezone") ? p.text("timezone") : o.timezone(),
                  p.has("enabledst") ? p.text("enabledst").equals("1") : o.enableDst(),
                  p.has("slaplanid") && (sla == 0 || slaPlans(h).contains(sla))
                      ? sla
                      : o.slaPlanId(),
                  p.has("slaplanexpiry") ? p.intValue("slaplanexpiry") : o.slaPlanExpiry());
          h.users.put(u.id(), u);
          return ApiResponse.xml(PeopleXml.users(List.of(u)));
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          if (ctx.helpdesk().users.remove(Params.intval(args.get(0))) == null) {
            throw ApiException.badRequest(LOAD_FAILED);
          }
          ctx.helpdesk().userNotes.remove(Params.intval(args.get(0)));
          return ApiResponse.emptyOk();
        });
  }

  private static List<User> first(Iterable<User> users, int limit) {
    List<User> out = new ArrayList<>();
    for (User u : users) {
      if (out.size() >= limit) {
        break;
      }
      out.add(u);
    }
    return out;
  }

  /** {@code email} as a string or {@code email[]} as an array, blanks dropped. */
  private static List<String> emails(Params p) {
    List<String> out = new ArrayList<>();
    for (String e : p.array("email")) {
      if (!e.strip().isEmpty() && !out.contains(e.strip())) {
        out.add(e.strip());
      }
    }
    return out;
  }

  private static User owner(Helpdesk h, String email) {
    for (User u : h.users.values()) {
      for (String e : u.emails()) {
        if (e.equalsIgnoreCase(email)) {
          return u;
        }
      }
    }
    return null;
  }

  /** SLA plans are not modelled: the known ones are those already referenced somewhere. */
  private static Set<Integer> slaPlans(Helpdesk h) {
    Set<Integer> ids = new HashSet<>();
    h.tickets.values().stream().map(Ticket::slaPlanId).forEach(ids::add);
    h.users.values().stream().map(User::slaPlanId).forEach(ids::add);
    h.organizations.values().stream().map(UserOrganization::slaPlanId).forEach(ids::add);
    ids.remove(0);
    return ids;
  }
}
