package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.TicketXml;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Tickets/Ticket (§2.3): ListAll, GetTicketCount, GET one, POST create, PUT, DELETE. */
final class TicketController implements Controller {

  private final Context ctx;

  TicketController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Set<String> actions() {
    return Set.of("listall", "getticketcount");
  }

  @Override
  public ApiResponse action(String name, List<String> args, ApiRequest r) {
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          List<Ticket> matches = TicketFilter.match(h, args);
          if (name.equals("getticketcount")) {
            XmlWriter w = XmlWriter.document("tickets");
            w.element("totalcount", matches.size());
            return ApiResponse.xml(w.finish("tickets"));
          }
          List<Ticket> sorted = new ArrayList<>(matches);
          TicketFilter.sort(h, sorted, arg(args, 6), arg(args, 7));
          List<Ticket> page = TicketFilter.page(sorted, arg(args, 4), arg(args, 5));
          return ApiResponse.xml(TicketXml.document(h, page, false, false));
        });
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest("Not Implemented, Call /Tickets/Ticket/ListAll instead.");
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return ctx.read(
        () -> {
          Ticket t = TicketStore.require(ctx.helpdesk(), args.get(0));
          return one(t);
        });
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    checkRequired(p);
    return ctx.write(() -> one(create(ctx.helpdesk(), p)));
  }

  @Override
  public ApiResponse put(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Ticket t = TicketStore.require(h, args.get(0));
          Ticket updated = update(h, MutableTicket.of(t), p);
          h.tickets.put(updated.id(), updated);
          return one(updated);
        });
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          TicketStore.require(h, args.get(0));
          // The delete itself uses the raw path value: a display id deletes nothing.
          int raw = Support.rawId(args.get(0));
          if (h.tickets.remove(raw) != null) {
            h.posts.remove(raw);
            h.ticketNotes.remove(raw);
            h.timeTracks.remove(raw);
            h.customFieldValues.remove(raw);
          }
          return ApiResponse.emptyOk();
        });
  }

  private ApiResponse one(Ticket t) {
    return ApiResponse.xml(
        TicketXml.document(ctx.helpdesk(), List.of(t), true, ctx.settings().postsDescending()));
  }

  private static String arg(List<String> args, int i) {
    return i < args.size() ? args.get(i) : null;
  }

  private static void checkRequired(Params p) {
    String[][] required = {
      {"subject", "Subject is empty"},
      {"fullname", "Fullname is empty"},
      {"email", "Email is empty"},
      {"contents", "Contents is empty"},
      {"departmentid", "Department ID is empty"},
      {"ticketstatusid", "Ticket Status ID is empty"},
      {"ticketpriorityid", "Ticket Priority ID is empty"},
      {"tickettypeid", "Ticket Type ID is empty"},
    };
    for (String[] field : required) {
      if (p.isEmpty(field[0])) {
        throw ApiException.badRequest(field[1]);
      }
    }
    if (p.isEmpty("autouserid") && p.isEmpty("userid") && p.isEmpty("staffid")) {
      throw ApiException.badRequest(
          "Staff ID, User ID and Auto User ID values are empty or not provided");
    }
  }

  private Ticket create(Helpdesk h, Params p) {
    Department d = h.departments.get(p.intValue("departmentid"));
    if (d == null) {
      throw ApiException.badRequest("Department ID is Invalid");
    }
    if (!d.isTicketDepartment()) {
      throw ApiException.badRequest("Department App is not Tickets");
    }
    if (!h.statuses.containsKey(p.intValue("ticketstatusid"))) {
      throw ApiException.badRequest("Ticket Status ID is Invalid");
    }
    if (!h.priorities.containsKey(p.intValue("ticketpriorityid"))) {
      throw ApiException.badRequest("Ticket Priority ID is Invalid");
    }
    if (!h.types.containsKey(p.intValue("tickettypeid"))) {
      throw ApiException.badRequest("Ticket Type ID is Invalid");
    }
    long now = ctx.now();
    boolean phone = p.text("type").equalsIgnoreCase("phone");
    String fullName = p.text("fullname");
    String email = p.text("email");
    Staff asStaff = null;
    int userId;
    if (p.text("autouserid").equals("1")) {
      userId = findOrCreateUser(h, fullName, email, now);
    } else if (!p.isEmpty("userid")) {
      userId = p.intValue("userid");
      User u = h.users.get(userId);
      if (u != null) {
        if (u.emails().stream().noneMatch(e -> e.equalsIgnoreCase(email))) {
          throw ApiException.badRequest("User Email is Invalid");
        }
        fullName = u.fullName();
      }
    } else {
      asStaff = h.staff.get(p.intValue("staffid"));
      if (asStaff == null) {
        throw ApiException.badRequest("Staff ID is Invalid");
      }
      userId = findOrCreateUser(h, fullName, email, now);
    }

    int id = Math.max(h.nextTicketId, h.tickets.isEmpty() ? 1 : h.tickets.lastKey() + 1);
    h.nextTicketId = id + 1;
    MutableTicket m = new MutableTicket();
    m.id = id;
    m.displayId = TicketStore.newDisplayId(h, id);
    m.departmentId = d.id();
    m.statusId = p.intValue("ticketstatusid");
    m.priorityId = p.intValue("ticketpriorityid");
    m.typeId = p.intValue("tickettypeid");
    TicketStore.linkUser(h, m, userId);
    Staff owner = h.staff.get(p.intValue("ownerstaffid"));
    if (owner != null) {
      m.ownerStaffId = owner.id();
      m.ownerStaffName = owner.fullName();
    }
    m.fullName = fullName;
    m.email = email;
    m.subject = p.text("subject");
    m.creationTime = now;
    m.lastActivity = now;
    m.creator = asStaff != null ? PostCreator.STAFF.code() : PostCreator.USER.code();
    m.creationMode = 4;
    m.creationType = phone ? 2 : 1;
    m.templateGroupId = templateGroup(h, p.text("templategroup"));
    m.templateGroupName = h.templateGroups.get(m.templateGroupId);
    boolean staffMail = asStaff != null && !phone;
    if (staffMail) {
      // An outbound staff message: the ticket carries the staff member's name and address.
      m.fullName = asStaff.fullName();
      m.email = asStaff.email();
    }
    h.tickets.put(id, m.build());

    int postId = Math.max(h.nextPostId, maxPostId(h) + 1);
    h.nextPostId = postId + 1;
    String contents = p.text("contents");
    Post post =
        new Post(
            postId,
            id,
            now,
            asStaff != null ? 0 : userId,
            asStaff != null ? asStaff.fullName() : fullName,
            asStaff != null ? asStaff.email() : email,
            staffMail ? email : "",
            "",
            false,
            asStaff != null ? PostCreator.STAFF : PostCreator.USER,
            false,
            asStaff != null && TicketStore.looksLikeHtml(contents),
            staffMail,
            asStaff != null ? asStaff.id() : 0,
            false,
            contents,
            false,
            List.of());
    TicketStore.addPost(h, post);
    return h.tickets.get(id);
  }

  private Ticket update(Helpdesk h, MutableTicket m, Params p) {
    Department d = h.departments.get(p.intValue("departmentid"));
    if (d != null && d.isTicketDepartment()) {
      m.departmentId = d.id();
    }
    if (h.statuses.containsKey(p.intValue("ticketstatusid"))) {
      m.statusId = p.intValue("ticketstatusid");
    }
    if (h.priorities.containsKey(p.intValue("ticketpriorityid"))) {
      m.priorityId = p.intValue("ticketpriorityid");
    }
    if (h.types.containsKey(p.intValue("tickettypeid"))) {
      m.typeId = p.intValue("tickettypeid");
    }
    if (p.has("ownerstaffid")) {
      int owner = p.intValue("ownerstaffid");
      if (owner == 0 && p.text("ownerstaffid").strip().equals("0")) {
        m.ownerStaffId = 0;
        m.ownerStaffName = "";
      } else if (h.staff.containsKey(owner)) {
        m.ownerStaffId = owner;
        m.ownerStaffName = TicketStore.staffName(h, owner);
      }
    }
    if (!p.text("subject").isEmpty()) {
      m.subject = p.text("subject");
    }
    if (!p.text("fullname").isEmpty()) {
      m.fullName = p.text("fullname");
    }
    if (Support.looksLikeEmail(p.text("email"))) {
      m.email = p.text("email");
    }
    if (h.users.containsKey(p.intValue("userid"))) {
      TicketStore.linkUser(h, m, p.intValue("userid"));
    }
    if (!p.text("templategroup").isEmpty()) {
      int group = templateGroup(h, p.text("templategroup"));
      if (h.templateGroups.containsKey(group)) {
        m.templateGroupId = group;
        m.templateGroupName = h.templateGroups.get(group);
      }
    }
    m.lastActivity = Math.max(m.lastActivity, ctx.now());
    return m.build();
  }

  /** A template group by id or case-insensitive title; else the first (default) group. */
  private static int templateGroup(Helpdesk h, String value) {
    if (!value.isEmpty()) {
      if (Params.isNumeric(value) && h.templateGroups.containsKey(Integer.parseInt(value))) {
        return Integer.parseInt(value);
      }
      for (Map.Entry<Integer, String> e : h.templateGroups.entrySet()) {
        if (e.getValue().equalsIgnoreCase(value)) {
          return e.getKey();
        }
      }
    }
    return h.templateGroups.isEmpty() ? 1 : h.templateGroups.firstKey();
  }

  /** The user owning {@code email}, or a new one in the registered group. */
  static int findOrCreateUser(Helpdesk h, String fullName, String email, long now) {
    for (User u : h.users.values()) {
      for (String e : u.emails()) {
        if (e.equalsIgnoreCase(email)) {
          return u.id();
        }
      }
    }
    int groupId = 0;
    for (UserGroup g : h.userGroups.values()) {
      if (g.groupType().toLowerCase(Locale.ROOT).equals("registered")) {
        groupId = g.id();
        break;
      }
    }
    int id = Math.max(h.nextUserId, h.users.isEmpty() ? 1 : h.users.lastKey() + 1);
    h.nextUserId = id + 1;
    h.users.put(
        id,
        new User(
            id,
            groupId,
            "user",
            0,
            "",
            0,
            fullName,
            List.of(email),
            "",
            "",
            now,
            0,
            true,
            "",
            false,
            0,
            0));
    return id;
  }

  static int maxPostId(Helpdesk h) {
    int max = 0;
    for (List<Post> list : h.posts.values()) {
      for (Post p : list) {
        max = Math.max(max, p.id());
      }
    }
    return max;
  }
}
