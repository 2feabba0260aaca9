package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.dataset.Themes.Theme;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What agents add around a conversation: ticket notes (some for a colleague, some under a free-text
 * name), time tracks on their replies, watchers and workflows.
 */
final class StaffRecords {

  private static final String[] NOTE_TEXTS = {
    "Customer called, very frustrated. Promised an update by end of day.",
    "Checked the logs: first failure at 08:12 UTC, matches the deploy window.",
    "Possible duplicate of an older ticket from the same organisation.",
    "Please double-check the refund amount before approving.",
    "VIP account \u2014 keep the account manager informed.",
    "Workaround given; engineering fix still pending.",
    "Kunde spricht lieber Deutsch, bitte auf Deutsch antworten.",
  };

  private static final String[] FREE_TEXT_AUTHORS = {
    "Night shift (Marta K.)", "Billing automation", "Ops on-call",
  };

  private static final String[] TIME_TEXTS = {
    "Reproduced the issue and checked logs.",
    "Call with the customer.",
    "Investigated account settings and billing history.",
    "Tested the fix on staging.",
  };

  private static final Workflow REFUND = new Workflow(1, "Refund approval");
  private static final Workflow TIER2 = new Workflow(2, "Escalate to Tier 2");
  private static final Workflow TRIAGE = new Workflow(3, "Bug triage");

  private final Helpdesk h;
  private final SplittableRandom rnd;
  private final Staffing staffing;

  StaffRecords(Helpdesk h, SplittableRandom rnd, Staffing staffing) {
    this.h = h;
    this.rnd = rnd;
    this.staffing = staffing;
  }

  /** One or two watching agents on about 8 % of tickets. */
  List<Watcher> watchers() {
    if (rnd.nextInt(100) >= 8) {
      return List.of();
    }
    Staff a = staffing.anyone(rnd);
    Staff b = staffing.anyone(rnd);
    return a.id() == b.id() || rnd.nextBoolean()
        ? List.of(new Watcher(a.id(), a.fullName()))
        : List.of(new Watcher(a.id(), a.fullName()), new Watcher(b.id(), b.fullName()));
  }

  /** Workflows fitting the theme on about 6 % of tickets. */
  List<Workflow> workflows(Theme theme) {
    if (rnd.nextInt(100) >= 6) {
      return List.of();
    }
    return switch (theme.key()) {
      case "billing", "cancellation" -> List.of(REFUND);
      case "mobile", "export" -> List.of(TRIAGE, TIER2);
      default -> List.of(TIER2);
    };
  }

  /** Ticket notes dated between the first and the last post, on about a quarter of tickets. */
  void notes(int ticketId, long from, long to, int dept, long ageDays) {
    if (rnd.nextInt(100) >= 25) {
      return;
    }
    int count = 1 + rnd.nextInt(2);
    List<Note> notes = new ArrayList<>(count);
    long t = from;
    for (int i = 0; i < count; i++) {
      t = Math.min(to, t + 1 + (long) (rnd.nextDouble() * Math.max(1, to - t)));
      boolean freeText = rnd.nextInt(100) < 8;
      Staff author = staffing.agent(rnd, dept, ageDays);
      int forStaff = rnd.nextInt(100) < 30 ? staffing.anyone(rnd).id() : 0;
      notes.add(
          new Note(
              NoteType.TICKET,
              h.nextNoteId++,
              ticketId,
              1 + rnd.nextInt(5),
              freeText ? 0 : author.id(),
              forStaff,
              freeText
                  ? FREE_TEXT_AUTHORS[rnd.nextInt(FREE_TEXT_AUTHORS.length)]
                  : author.fullName(),
              t,
              NOTE_TEXTS[rnd.nextInt(NOTE_TEXTS.length)]));
    }
    h.ticketNotes.put(ticketId, notes);
  }

  /** Up to three time tracks, each on an agent's post, on about a quarter of tickets. */
  void timeTracks(int ticketId, List<Post> posts, Staff owner, boolean unassigned) {
    if (rnd.nextInt(100) >= 25) {
      return;
    }
    List<TimeTrack> tracks = new ArrayList<>(3);
    for (Post p : posts) {
      if (p.creator() != PostCreator.STAFF || tracks.size() == 3 || rnd.nextInt(3) == 0) {
        continue;
      }
      long worked = 60L * (5 + rnd.nextInt(116));
      long billable = worked * rnd.nextInt(3) / 2; // none, half or all of it
      Staff worker = h.staff.get(p.staffId());
      Staff creator = unassigned || rnd.nextInt(4) != 0 ? worker : owner;
      tracks.add(
          new TimeTrack(
              h.nextTimeTrackId++,
              ticketId,
              worked,
              billable,
              p.dateline(),
              p.dateline(),
              worker.id(),
              worker.fullName(),
              creator.id(),
              creator.fullName(),
              1 + rnd.nextInt(5),
              TIME_TEXTS[rnd.nextInt(TIME_TEXTS.length)]));
    }
    if (!tracks.isEmpty()) {
      h.timeTracks.put(ticketId, tracks);
    }
  }
}
