package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kayako's dispatch rules (§1.2): a real method name in segment 3 is called with the segments after
 * it; otherwise the HTTP verb picks {@code Get/Post/Put/Delete} with segment 3 as the first
 * argument, and a GET without segment 3 lists.
 */
public final class Dispatcher {

  private final Map<String, Controller> controllers;

  public Dispatcher(Context ctx) {
    this.controllers =
        Map.ofEntries(
            Map.entry("Base/Department", new DepartmentController(ctx)),
            Map.entry("Base/Staff", new StaffController(ctx)),
            Map.entry("Base/StaffGroup", new StaffGroupController(ctx)),
            Map.entry("Base/User", new UserController(ctx)),
            Map.entry("Base/UserSearch", new UserSearchController(ctx)),
            Map.entry("Base/UserOrganization", new UserOrganizationController(ctx)),
            Map.entry("Base/UserGroup", new UserGroupController(ctx)),
            Map.entry("Base/CustomField", new CustomFieldController(ctx)),
            Map.entry("Tickets/TicketStatus", LookupController.statuses(ctx)),
            Map.entry("Tickets/TicketPriority", LookupController.priorities(ctx)),
            Map.entry("Tickets/TicketType", LookupController.types(ctx)),
            Map.entry("Tickets/Ticket", new TicketController(ctx)),
            Map.entry("Tickets/TicketSearch", new TicketSearchController(ctx)),
            Map.entry("Tickets/TicketPost", new TicketPostController(ctx)),
            Map.entry("Tickets/TicketNote", new TicketNoteController(ctx)),
            Map.entry("Tickets/TicketAttachment", new TicketAttachmentController(ctx)),
            Map.entry("Tickets/TicketTimeTrack", new TicketTimeTrackController(ctx)),
            Map.entry("Tickets/TicketCustomField", new TicketCustomFieldController(ctx)),
            Map.entry("Tickets/TicketCount", new TicketCountController(ctx)));
  }

  /** The controller for {@code app/controller} (case-sensitive, like file names), or null. */
  public Controller find(String app, String controller) {
    return controllers.get(app + "/" + controller);
  }

  public ApiResponse dispatch(Controller c, ApiRequest r) {
    List<String> args = r.args();
    if (!args.isEmpty()) {
      String name = args.get(0).toLowerCase(Locale.ROOT);
      // PHP method names are case-insensitive.
      if (c.actions().contains(name)) {
        return c.action(name, args.subList(1, args.size()), r);
      }
    }
    return switch (r.method()) {
      case "GET" -> args.isEmpty() ? c.getList(r) : c.get(args, r);
      case "POST" -> c.post(args, r);
      case "PUT" -> c.put(args, r);
      case "DELETE" -> c.delete(args, r);
      default -> throw Controller.undeclared();
    };
  }
}
