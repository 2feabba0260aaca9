package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.XmlValues.attrInt;
import static dev.kayakomcp.xml.XmlValues.childFlag;
import static dev.kayakomcp.xml.XmlValues.childInt;
import static dev.kayakomcp.xml.XmlValues.childLong;
import static dev.kayakomcp.xml.XmlValues.childString;

import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads the {@code <tickets>} wrapper of Ticket GET/POST/PUT, ListAll and TicketSearch, and the
 * {@code <totalcount>} of GetTicketCount. Watchers, workflows, notes and time tracks are repeated
 * direct children of {@code <ticket>}; posts sit in a {@code <posts>} element that ListAll omits.
 */
public final class TicketReader {

  private TicketReader() {}

  /** Every {@code <ticket>} child of a {@code <tickets>} element. */
  public static List<Ticket> tickets(XmlNode ticketsElement) {
    List<Ticket> tickets = new ArrayList<>();
    for (XmlNode t : ticketsElement.children("ticket")) {
      tickets.add(ticket(t));
    }
    return tickets;
  }

  /** One {@code <ticket>}; posts are null when the element has no {@code <posts>} (ListAll). */
  public static Ticket ticket(XmlNode t) {
    XmlNode postsElement = t.child("posts");
    List<Post> posts = postsElement == null ? null : PostReader.posts(postsElement);
    return new Ticket(
        attrInt(t, "id"),
        attrInt(t, "flagtype"),
        childString(t, "displayid"),
        childInt(t, "departmentid"),
        childInt(t, "statusid"),
        childInt(t, "priorityid"),
        childInt(t, "typeid"),
        childInt(t, "userid"),
        childString(t, "userorganization"),
        childInt(t, "userorganizationid"),
        childInt(t, "ownerstaffid"),
        childString(t, "ownerstaffname"),
        childString(t, "fullname"),
        childString(t, "email"),
        childString(t, "lastreplier"),
        childString(t, "subject"),
        childLong(t, "creationtime"),
        childLong(t, "lastactivity"),
        childLong(t, "laststaffreply"),
        childLong(t, "lastuserreply"),
        childInt(t, "slaplanid"),
        childLong(t, "nextreplydue"),
        childLong(t, "resolutiondue"),
        childInt(t, "replies"),
        childString(t, "ipaddress"),
        childInt(t, "creator"),
        childInt(t, "creationmode"),
        childInt(t, "creationtype"),
        childFlag(t, "isescalated"),
        childInt(t, "escalationruleid"),
        childInt(t, "templategroupid"),
        childString(t, "tags"),
        childString(t, "templategroupname"),
        watchers(t),
        workflows(t),
        NoteReader.notes(t),
        NoteReader.timeTracksInTicket(t),
        posts);
  }

  /**
   * The {@code <totalcount>} of a GetTicketCount response, or empty when the element is missing or
   * not a number (a server that does not know the call).
   */
  public static OptionalLong totalCount(XmlNode ticketsElement) {
    XmlNode total = ticketsElement.child("totalcount");
    if (total == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(total.text().strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static List<Watcher> watchers(XmlNode t) {
    List<Watcher> watchers = new ArrayList<>();
    for (XmlNode w : t.children("watcher")) {
      watchers.add(new Watcher(attrInt(w, "staffid"), w.attr("name")));
    }
    return watchers;
  }

  private static List<Workflow> workflows(XmlNode t) {
    List<Workflow> workflows = new ArrayList<>();
    for (XmlNode w : t.children("workflow")) {
      workflows.add(new Workflow(attrInt(w, "id"), w.attr("title")));
    }
    return workflows;
  }
}
