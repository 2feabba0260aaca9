package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.LookupReader.each;
import static dev.kayakomcp.xml.XmlValues.attrInt;
import static dev.kayakomcp.xml.XmlValues.attrLong;
import static dev.kayakomcp.xml.XmlValues.childInt;
import static dev.kayakomcp.xml.XmlValues.childLong;

import dev.kayakomcp.model.TicketCount;
import dev.kayakomcp.model.TicketCount.Counter;
import dev.kayakomcp.model.TicketCount.DepartmentCount;
import java.util.List;
import java.util.function.Function;

/** Reads the {@code <ticketcount>} dashboard counters of {@code GET /Tickets/TicketCount}. */
public final class TicketCountReader {

  private TicketCountReader() {}

  /** The whole {@code <ticketcount>} element; missing sections read as empty lists. */
  public static TicketCount ticketCount(XmlNode root) {
    List<DepartmentCount> departments =
        section(
            root,
            "departments",
            "department",
            d ->
                new DepartmentCount(
                    attrInt(d, "id"),
                    childInt(d, "totalitems"),
                    childLong(d, "lastactivity"),
                    childInt(d, "totalunresolveditems"),
                    counters(d, "ticketstatus"),
                    counters(d, "tickettype"),
                    counters(d, "ownerstaff")));
    return new TicketCount(
        departments,
        section(root, "statuses", "ticketstatus", TicketCountReader::counter),
        section(root, "owners", "ownerstaff", TicketCountReader::counter),
        section(root, "unassigned", "department", TicketCountReader::counter));
  }

  private static <T> List<T> section(
      XmlNode root, String sectionName, String itemName, Function<XmlNode, T> r) {
    XmlNode section = root.child(sectionName);
    return section == null ? List.of() : each(section, itemName, r);
  }

  private static List<Counter> counters(XmlNode parent, String name) {
    return each(parent, name, TicketCountReader::counter);
  }

  /** A counter row; {@code totalunresolveditems} is absent on status rows and reads as -1. */
  private static Counter counter(XmlNode c) {
    String unresolved = c.attr("totalunresolveditems");
    return new Counter(
        attrInt(c, "id"),
        attrLong(c, "lastactivity"),
        attrInt(c, "totalitems"),
        unresolved.isBlank() ? -1 : XmlValues.toInt(unresolved));
  }
}
