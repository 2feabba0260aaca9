package dev.kayakomcp.emulator.xml;

import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.xml.XmlWriter;

/** Writes notes and time tracks: the attribute lists of §3.3, §3.7 and §3.9. */
public final class NoteXml {

  private NoteXml() {}

  /**
   * A note with its {@code type}; {@code ownerAttribute} is {@code ticketid}, {@code userid} or
   * {@code userorganizationid}.
   */
  public static void writeOwned(XmlWriter w, String element, Note n, String ownerAttribute) {
    w.elementWithAttributes(
        element,
        n.contents(),
        "type",
        n.type().xmlName(),
        "id",
        n.id(),
        ownerAttribute,
        n.ownerId(),
        "notecolor",
        n.noteColor(),
        "creatorstaffid",
        n.creatorStaffId(),
        "forstaffid",
        n.forStaffId(),
        "creatorstaffname",
        n.creatorStaffName(),
        "creationdate",
        n.creationDate());
  }

  /** A time track; inside a ticket it is a {@code <note type="timetrack">}. */
  public static void writeTimeTrack(XmlWriter w, String element, TimeTrack t, boolean typed) {
    Object[] attrs = {
      "id", t.id(),
      "ticketid", t.ticketId(),
      "timeworked", t.timeWorked(),
      "timebillable", t.timeBillable(),
      "billdate", t.billDate(),
      "workdate", t.workDate(),
      "workerstaffid", t.workerStaffId(),
      "workerstaffname", t.workerStaffName(),
      "creatorstaffid", t.creatorStaffId(),
      "creatorstaffname", t.creatorStaffName(),
      "notecolor", t.noteColor()
    };
    if (typed) {
      Object[] withType = new Object[attrs.length + 2];
      withType[0] = "type";
      withType[1] = "timetrack";
      System.arraycopy(attrs, 0, withType, 2, attrs.length);
      attrs = withType;
    }
    w.elementWithAttributes(element, t.contents(), attrs);
  }
}
