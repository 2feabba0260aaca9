package dev.kayakomcp.emulator.xml;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import dev.kayakomcp.xml.XmlWriter;
import java.util.Collection;
import java.util.List;

/**
 * Writes {@code <tickets>} documents exactly as §3.3: fixed element order, notes, time tracks,
 * watchers and workflows as repeated children, {@code templategroupname} only when known and {@code
 * <posts>} only when asked for. Callers hold the helpdesk's read lock.
 */
public final class TicketXml {

  private TicketXml() {}

  /**
   * A {@code <tickets>} document.
   *
   * @param withPosts add {@code <posts>} (GET one, POST, PUT, search) or leave it out (ListAll)
   */
  public static String document(
      Helpdesk h, Collection<Ticket> tickets, boolean withPosts, boolean postsDescending) {
    XmlWriter w = XmlWriter.document("tickets");
    for (Ticket t : tickets) {
      write(w, h, t, withPosts, postsDescending);
    }
    return w.finish("tickets");
  }

  static void write(XmlWriter w, Helpdesk h, Ticket t, boolean withPosts, boolean descending) {
    w.open("ticket", "id", t.id(), "flagtype", t.flagType());
    w.element("displayid", t.displayId());
    w.element("departmentid", t.departmentId());
    w.element("statusid", t.statusId());
    w.element("priorityid", t.priorityId());
    w.element("typeid", t.typeId());
    w.element("userid", t.userId());
    w.element("userorganization", t.userOrganization());
    // Integer-cast by the server: a zero prints as an empty element on PHP 5/7.
    w.element("userorganizationid", t.userOrganizationId() == 0 ? "" : t.userOrganizationId());
    w.element("ownerstaffid", t.ownerStaffId());
    w.element("ownerstaffname", ownerName(h, t));
    w.element("fullname", t.fullName());
    w.element("email", t.email());
    w.element("lastreplier", t.lastReplier());
    w.element("subject", t.subject());
    w.element("creationtime", t.creationTime());
    w.element("lastactivity", t.lastActivity());
    w.element("laststaffreply", t.lastStaffReply());
    w.element("lastuserreply", t.lastUserReply());
    w.element("slaplanid", t.slaPlanId());
    w.element("nextreplydue", t.nextReplyDue());
    w.element("resolutiondue", t.resolutionDue());
    w.element("replies", t.replies());
    w.element("ipaddress", t.ipAddress());
    w.element("creator", t.creator());
    w.element("creationmode", t.creationMode());
    w.element("creationtype", t.creationType());
    w.flag("isescalated", t.escalated());
    w.element("escalationruleid", t.escalationRuleId());
    w.element("templategroupid", t.templateGroupId());
    w.element("tags", t.tags());
    String template = templateName(h, t);
    if (template != null && !template.isEmpty()) {
      w.element("templategroupname", template);
    }
    for (Watcher watcher : t.watchers()) {
      w.elementWithAttributes("watcher", "", "staffid", watcher.staffId(), "name", watcher.name());
    }
    for (Workflow wf : t.workflows()) {
      w.elementWithAttributes("workflow", "", "id", wf.id(), "title", wf.title());
    }
    for (Note n : h.ticketNotes.getOrDefault(t.id(), List.of())) {
      NoteXml.writeOwned(w, "note", n, "ticketid");
    }
    if (t.userId() > 0) {
      for (Note n : h.userNotes.getOrDefault(t.userId(), List.of())) {
        NoteXml.writeOwned(w, "note", n, "userid");
      }
    }
    if (t.userOrganizationId() > 0) {
      for (Note n : h.organizationNotes.getOrDefault(t.userOrganizationId(), List.of())) {
        NoteXml.writeOwned(w, "note", n, "userorganizationid");
      }
    }
    for (TimeTrack tt : h.timeTracks.getOrDefault(t.id(), List.of())) {
      NoteXml.writeTimeTrack(w, "note", tt, true);
    }
    if (withPosts) {
      w.open("posts");
      for (Post p : PostXml.ordered(h.posts.getOrDefault(t.id(), List.of()), descending)) {
        PostXml.write(w, p, false, false);
      }
      w.close("posts");
    }
    w.close("ticket");
  }

  private static String ownerName(Helpdesk h, Ticket t) {
    if (t.ownerStaffId() <= 0) {
      return "";
    }
    Staff s = h.staff.get(t.ownerStaffId());
    return s != null ? s.fullName() : t.ownerStaffName();
  }

  private static String templateName(Helpdesk h, Ticket t) {
    String known = h.templateGroups.get(t.templateGroupId());
    return known != null ? known : t.templateGroupName();
  }
}
