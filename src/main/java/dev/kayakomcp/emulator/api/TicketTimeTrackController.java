package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.NoteXml;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.xml.XmlWriter;
import java.util.List;
import java.util.Set;

/** Tickets/TicketTimeTrack (§2.8): ListAll, GET one, POST, DELETE. */
final class TicketTimeTrackController implements Controller {

  static final String NOT_FOUND = "Ticket time tracking note not Found";
  static final String NOT_THIS_TICKET =
      "Ticket time tracking note does not belong to the specified ticket";

  private final Context ctx;

  TicketTimeTrackController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Set<String> actions() {
    return Set.of("listall");
  }

  @Override
  public ApiResponse action(String name, List<String> args, ApiRequest r) {
    String ticketArg = args.isEmpty() ? "" : args.get(0);
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          TicketStore.require(h, ticketArg);
          return ApiResponse.xml(
              document(h.timeTracks.getOrDefault(Support.rawId(ticketArg), List.of())));
        });
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest(
        "Not Implemented, Call /Tickets/TicketTimeTrack/ListAll instead.");
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return ctx.read(() -> ApiResponse.xml(document(List.of(locate(args)))));
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          TimeTrack tt = locate(args);
          Helpdesk h = ctx.helpdesk();
          ByTicket.remove(h.timeTracks, tt.ticketId(), tt.id(), TimeTrack::id);
          return ApiResponse.emptyOk();
        });
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    if (p.isEmpty("ticketid")) {
      throw ApiException.badRequest("No Ticket ID Specified");
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Staff creator = h.staff.get(p.intValue("staffid"));
          if (creator == null) {
            throw ApiException.badRequest("No staff id specified");
          }
          String[][] required = {
            {"contents", "No contents specified"},
            {"worktimeline", "No work timeline specified"},
            {"billtimeline", "No bill timeline specified"},
            {"timespent", "No time spent specified"},
            {"timebillable", "No time billable specified"},
          };
          for (String[] field : required) {
            if (!p.has(field[0])) {
              throw ApiException.badRequest(field[1]);
            }
          }
          Staff worker = creator;
          if (p.has("workerstaffid")) {
            worker = h.staff.get(p.intValue("workerstaffid"));
            if (worker == null) {
              throw ApiException.badRequest("Invalid worker staff id specified");
            }
          }
          Ticket t = TicketStore.require(h, p.text("ticketid"));
          int color = p.intValue("notecolor");
          int id = nextId(h);
          TimeTrack tt =
              new TimeTrack(
                  id,
                  t.id(),
                  Math.max(0, p.intValue("timespent")),
                  Math.max(0, p.intValue("timebillable")),
                  p.intValue("billtimeline"),
                  p.intValue("worktimeline"),
                  worker.id(),
                  worker.fullName(),
                  creator.id(),
                  creator.fullName(),
                  color >= 1 && color <= 5 ? color : 1,
                  p.text("contents"));
          ByTicket.append(h.timeTracks, t.id(), tt);
          TicketStore.touch(h, t.id(), ctx.now());
          boolean echo = Support.rawId(p.text("ticketid")) == t.id();
          return ApiResponse.xml(document(echo ? List.of(tt) : List.of()));
        });
  }

  private TimeTrack locate(List<String> args) {
    Helpdesk h = ctx.helpdesk();
    return ByTicket.locate(
        h, h.timeTracks, args, TimeTrack::id, TimeTrack::ticketId, NOT_FOUND, NOT_THIS_TICKET);
  }

  private static int nextId(Helpdesk h) {
    int id = Math.max(h.nextTimeTrackId, ByTicket.maxId(h.timeTracks, TimeTrack::id) + 1);
    h.nextTimeTrackId = id + 1;
    return id;
  }

  private static String document(List<TimeTrack> tracks) {
    XmlWriter w = XmlWriter.document("timetracks");
    for (TimeTrack t : tracks) {
      NoteXml.writeTimeTrack(w, "timetrack", t, false);
    }
    return w.finish("timetracks");
  }
}
