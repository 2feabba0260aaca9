package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.XmlValues.attrInt;
import static dev.kayakomcp.xml.XmlValues.attrLong;

import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.TimeTrack;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads notes and time tracks, which Kayako writes as attribute-rich elements with the text as
 * content: {@code <note type="ticket|user|userorganization">} and {@code <note type="timetrack">}
 * inside a ticket, {@code <notes><note>} from TicketNote and {@code <timetracks><timetrack>} from
 * TicketTimeTrack.
 */
public final class NoteReader {

  /** The {@code type} value that marks a billing entry among a ticket's notes. */
  static final String TIMETRACK_TYPE = "timetrack";

  private NoteReader() {}

  /** Every {@code <note>} child that is a real note (time tracks and unknown types skipped). */
  public static List<Note> notes(XmlNode parent) {
    List<Note> notes = new ArrayList<>();
    for (XmlNode n : parent.children("note")) {
      Note note = note(n);
      if (note != null) {
        notes.add(note);
      }
    }
    return notes;
  }

  /** Every {@code <note type="timetrack">} child of a ticket. */
  public static List<TimeTrack> timeTracksInTicket(XmlNode ticket) {
    List<TimeTrack> tracks = new ArrayList<>();
    for (XmlNode n : ticket.children("note")) {
      if (TIMETRACK_TYPE.equalsIgnoreCase(n.attr("type"))) {
        tracks.add(timeTrack(n));
      }
    }
    return tracks;
  }

  /** Every {@code <timetrack>} child of a {@code <timetracks>} element. */
  public static List<TimeTrack> timeTracks(XmlNode timetracksElement) {
    List<TimeTrack> tracks = new ArrayList<>();
    for (XmlNode n : timetracksElement.children("timetrack")) {
      tracks.add(timeTrack(n));
    }
    return tracks;
  }

  /**
   * One note, or null for a time track or a type this project does not know. A TicketNote response
   * from a server that omits {@code type} is read as a ticket note, which is all that resource
   * holds.
   */
  public static Note note(XmlNode n) {
    String typeName = n.attr("type");
    NoteType type = typeName.isEmpty() ? NoteType.TICKET : NoteType.of(typeName);
    if (type == null) {
      return null;
    }
    int ownerId =
        switch (type) {
          case TICKET -> attrInt(n, "ticketid");
          case USER -> attrInt(n, "userid");
          case USER_ORGANIZATION -> attrInt(n, "userorganizationid");
        };
    return new Note(
        type,
        attrInt(n, "id"),
        ownerId,
        attrInt(n, "notecolor"),
        attrInt(n, "creatorstaffid"),
        attrInt(n, "forstaffid"),
        n.attr("creatorstaffname"),
        attrLong(n, "creationdate"),
        n.text());
  }

  /** One time-tracking entry, from either element shape. */
  public static TimeTrack timeTrack(XmlNode n) {
    return new TimeTrack(
        attrInt(n, "id"),
        attrInt(n, "ticketid"),
        attrLong(n, "timeworked"),
        attrLong(n, "timebillable"),
        attrLong(n, "billdate"),
        attrLong(n, "workdate"),
        attrInt(n, "workerstaffid"),
        n.attr("workerstaffname"),
        attrInt(n, "creatorstaffid"),
        n.attr("creatorstaffname"),
        attrInt(n, "notecolor"),
        n.text());
  }
}
