package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Ticket look-ups and the bookkeeping that keeps derived ticket fields right after a write. Every
 * method expects the caller to hold the helpdesk lock.
 */
final class TicketStore {

  static final String NOT_FOUND = "Ticket not Found";

  private TicketStore() {}

  /**
   * Kayako's ticket lookup helper: a numeric id, an old merged id (gives the surviving ticket) or a
   * display (mask) id; null when nothing matches.
   */
  static Ticket find(Helpdesk h, String idOrMask) {
    if (idOrMask == null || idOrMask.isEmpty()) {
      return null;
    }
    String v = idOrMask.strip();
    if (Params.isNumeric(v)) {
      int id = Integer.parseInt(v);
      Ticket t = h.tickets.get(id);
      if (t != null) {
        return t;
      }
      Integer merged = h.mergedTicketIds.get(id);
      // Follow a short chain of merges; a cycle in bad data must not loop forever.
      for (int hops = 0; merged != null && hops < 16; hops++) {
        t = h.tickets.get(merged);
        if (t != null) {
          return t;
        }
        merged = h.mergedTicketIds.get(merged);
      }
    }
    for (Ticket t : h.tickets.values()) {
      if (v.equalsIgnoreCase(t.displayId())) {
        return t;
      }
    }
    return null;
  }

  static Ticket require(Helpdesk h, String idOrMask) {
    Ticket t = find(h, idOrMask);
    if (t == null) {
      throw ApiException.notFound(NOT_FOUND);
    }
    return t;
  }

  /** A new mask id ({@code LLL-DDD-DDDDD}), derived from the ticket id and unique. */
  static String newDisplayId(Helpdesk h, int ticketId) {
    Random random = new Random(ticketId * 7919L);
    while (true) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        sb.append((char) ('A' + random.nextInt(26)));
      }
      sb.append('-').append(100 + random.nextInt(900)).append('-');
      sb.append(String.format("%05d", random.nextInt(100_000)));
      String mask = sb.toString();
      if (find(h, mask) == null) {
        return mask;
      }
    }
  }

  /** Adds a post to its ticket and updates replies, last replier and reply times. */
  static void addPost(Helpdesk h, Post post) {
    List<Post> list = new ArrayList<>(h.posts.getOrDefault(post.ticketId(), List.of()));
    list.add(post);
    h.posts.put(post.ticketId(), list);
    refresh(h, post.ticketId(), post.dateline());
  }

  /**
   * Recomputes what a ticket derives from its posts: reply count, last replier, last staff and user
   * reply times; {@code activity} (if positive) becomes the last activity.
   */
  static void refresh(Helpdesk h, int ticketId, long activity) {
    Ticket t = h.tickets.get(ticketId);
    if (t == null) {
      return;
    }
    List<Post> posts = h.posts.getOrDefault(ticketId, List.of());
    MutableTicket m = MutableTicket.of(t);
    m.replies = Math.max(0, posts.size() - 1);
    long staffReply = 0;
    long userReply = 0;
    Post last = null;
    for (Post p : posts) {
      if (last == null || p.id() > last.id()) {
        last = p;
      }
      if (p.creator() == PostCreator.STAFF) {
        staffReply = Math.max(staffReply, p.dateline());
      } else {
        userReply = Math.max(userReply, p.dateline());
      }
    }
    if (last != null) {
      m.lastReplier = last.fullName();
    }
    m.lastStaffReply = staffReply;
    m.lastUserReply = userReply;
    if (activity > 0) {
      m.lastActivity = Math.max(m.lastActivity, activity);
    }
    h.tickets.put(ticketId, m.build());
  }

  /** Marks the ticket as active now. */
  static void touch(Helpdesk h, int ticketId, long now) {
    Ticket t = h.tickets.get(ticketId);
    if (t != null) {
      MutableTicket m = MutableTicket.of(t);
      m.lastActivity = Math.max(m.lastActivity, now);
      h.tickets.put(ticketId, m.build());
    }
  }

  /** Points the ticket at a user: id, and the user's organisation name and id. */
  static void linkUser(Helpdesk h, MutableTicket m, int userId) {
    m.userId = userId;
    User u = h.users.get(userId);
    m.userOrganizationId = u == null ? 0 : u.userOrganizationId();
    UserOrganization org = h.organizations.get(m.userOrganizationId);
    m.userOrganization = org == null ? "" : org.name();
  }

  static String staffName(Helpdesk h, int staffId) {
    Staff s = h.staff.get(staffId);
    return s == null ? "" : s.fullName();
  }

  /** True when any post of the ticket has attachments. */
  static boolean hasAttachments(Helpdesk h, int ticketId) {
    for (Post p : h.posts.getOrDefault(ticketId, List.of())) {
      if (p.hasAttachments()) {
        return true;
      }
    }
    return false;
  }

  /** Staff replies typed through the API are sniffed: any HTML-looking tag makes them HTML. */
  static boolean looksLikeHtml(String contents) {
    return contents != null && HTML_TAG.matcher(contents).find();
  }

  /** A tag; {@code [^<>]*} keeps the scan linear on long texts full of stray brackets. */
  private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*[^<>]*>");
}
