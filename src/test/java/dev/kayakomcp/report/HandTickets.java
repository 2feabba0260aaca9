package dev.kayakomcp.report;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.TestHelpdesk;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made tickets with known times for report tests, over the test helpdesk's lookup tables
 * (statuses 1 Open, 2 In Progress, 3 Closed (resolved); priorities 1 Normal, 2 High; departments 1
 * General, 2 Billing, 3 Support; staff 1 Sam Admin, 4 Dana Agent).
 */
final class HandTickets {

  /** "Now" of every report test. */
  static final long NOW = 1_710_000_000L;

  static final long HOUR = 3_600;
  static final long DAY = 86_400;

  private HandTickets() {}

  static Directory directory() {
    Helpdesk h = TestHelpdesk.build();
    return new Directory(
        new ArrayList<>(h.departments.values()),
        new ArrayList<>(h.statuses.values()),
        new ArrayList<>(h.priorities.values()),
        new ArrayList<>(h.types.values()),
        new ArrayList<>(h.staff.values()));
  }

  /** A builder with an open, unassigned Normal ticket in General created a day ago. */
  static Builder ticket(int id) {
    return new Builder(id);
  }

  static Post post(int id, PostCreator creator, long at, boolean isPrivate) {
    return new Post(
        id,
        0,
        at,
        creator == PostCreator.STAFF ? 0 : 57,
        creator == PostCreator.STAFF ? "Dana Agent" : "Pat Customer",
        "x@example.com",
        "",
        "",
        false,
        creator,
        false,
        false,
        false,
        creator == PostCreator.STAFF ? 4 : 0,
        false,
        "text",
        isPrivate,
        List.of());
  }

  static final class Builder {
    private final int id;
    private int department = 1;
    private int status = 1;
    private int priority = 1;
    private int type = 1;
    private int owner;
    private int user = 57;
    private int organization;
    private String tags = "";
    private long created = NOW - DAY;
    private long lastActivity = NOW - DAY;
    private long lastStaff;
    private long lastUser = NOW - DAY;
    private long nextReplyDue;
    private long resolutionDue;
    private int replies;
    private boolean escalated;
    private final List<TimeTrack> tracks = new ArrayList<>();
    private List<Post> posts;

    private Builder(int id) {
      this.id = id;
    }

    Builder department(int d) {
      department = d;
      return this;
    }

    Builder status(int s) {
      status = s;
      return this;
    }

    Builder priority(int p) {
      priority = p;
      return this;
    }

    Builder owner(int o) {
      owner = o;
      return this;
    }

    Builder organization(int o) {
      organization = o;
      return this;
    }

    Builder tags(String t) {
      tags = t;
      return this;
    }

    Builder created(long t) {
      created = t;
      return this;
    }

    Builder lastActivity(long t) {
      lastActivity = t;
      return this;
    }

    Builder staffReply(long t) {
      lastStaff = t;
      return this;
    }

    Builder userReply(long t) {
      lastUser = t;
      return this;
    }

    Builder nextReplyDue(long t) {
      nextReplyDue = t;
      return this;
    }

    Builder resolutionDue(long t) {
      resolutionDue = t;
      return this;
    }

    Builder replies(int n) {
      replies = n;
      return this;
    }

    Builder escalated() {
      escalated = true;
      return this;
    }

    Builder time(long worked, long billable) {
      tracks.add(
          new TimeTrack(
              tracks.size() + 1, id, worked, billable, 0, 0, 4, "Dana", 4, "Dana", 1, ""));
      return this;
    }

    Builder posts(Post... p) {
      posts = List.of(p);
      return this;
    }

    Ticket build() {
      return new Ticket(
          id,
          0,
          "ABC-" + id,
          department,
          status,
          priority,
          type,
          user,
          organization == 0 ? "" : "Org " + organization,
          organization,
          owner,
          owner == 0 ? "" : "Staff " + owner,
          "Pat Customer",
          "pat@example.com",
          "Pat Customer",
          "Subject " + id,
          created,
          lastActivity,
          lastStaff,
          lastUser,
          0,
          nextReplyDue,
          resolutionDue,
          replies,
          "",
          2,
          1,
          1,
          escalated,
          0,
          1,
          tags,
          "Default",
          List.of(),
          List.of(),
          List.of(),
          tracks,
          posts);
    }
  }
}
