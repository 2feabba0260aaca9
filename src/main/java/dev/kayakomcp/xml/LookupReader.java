package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.XmlValues.childFlag;
import static dev.kayakomcp.xml.XmlValues.childInt;
import static dev.kayakomcp.xml.XmlValues.childInts;
import static dev.kayakomcp.xml.XmlValues.childString;

import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.model.UserGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the lookup tables: departments, ticket statuses, priorities and types, staff groups and
 * user groups. Each reader takes the plural wrapper element and returns its items in order.
 */
public final class LookupReader {

  private LookupReader() {}

  /** {@code <departments><department>}; older servers send only {@code module}, not {@code app}. */
  public static List<Department> departments(XmlNode root) {
    return each(
        root,
        "department",
        d -> {
          String app = childString(d, "app");
          if (app.isBlank()) {
            app = childString(d, "module");
          }
          XmlNode groups = d.child("usergroups");
          return new Department(
              childInt(d, "id"),
              childString(d, "title"),
              childString(d, "type"),
              app,
              childInt(d, "displayorder"),
              childInt(d, "parentdepartmentid"),
              childFlag(d, "uservisibilitycustom"),
              groups == null ? List.of() : childInts(groups, "id"));
        });
  }

  /** {@code <ticketstatuses><ticketstatus>}. */
  public static List<TicketStatus> ticketStatuses(XmlNode root) {
    return each(
        root,
        "ticketstatus",
        s ->
            new TicketStatus(
                childInt(s, "id"),
                childString(s, "title"),
                childInt(s, "displayorder"),
                childInt(s, "departmentid"),
                childString(s, "displayicon"),
                childString(s, "type"),
                childFlag(s, "displayinmainlist"),
                childFlag(s, "markasresolved"),
                childFlag(s, "displaycount"),
                childString(s, "statuscolor"),
                childString(s, "statusbgcolor"),
                childFlag(s, "resetduetime"),
                childFlag(s, "triggersurvey"),
                childFlag(s, "staffvisibilitycustom"),
                childInts(s, "staffgroupid")));
  }

  /** {@code <ticketpriorities><ticketpriority>}. */
  public static List<TicketPriority> ticketPriorities(XmlNode root) {
    return each(
        root,
        "ticketpriority",
        p ->
            new TicketPriority(
                childInt(p, "id"),
                childString(p, "title"),
                childInt(p, "displayorder"),
                childString(p, "frcolorcode"),
                childString(p, "bgcolorcode"),
                childString(p, "type"),
                childFlag(p, "uservisibilitycustom"),
                childInts(p, "usergroupid")));
  }

  /** {@code <tickettypes><tickettype>}. */
  public static List<TicketType> ticketTypes(XmlNode root) {
    return each(
        root,
        "tickettype",
        t ->
            new TicketType(
                childInt(t, "id"),
                childString(t, "title"),
                childInt(t, "displayorder"),
                childInt(t, "departmentid"),
                childString(t, "displayicon"),
                childString(t, "type"),
                childFlag(t, "uservisibilitycustom"),
                childInts(t, "usergroupid")));
  }

  /** {@code <staffgroups><staffgroup>}. */
  public static List<StaffGroup> staffGroups(XmlNode root) {
    return each(
        root,
        "staffgroup",
        g -> new StaffGroup(childInt(g, "id"), childString(g, "title"), childFlag(g, "isadmin")));
  }

  /** {@code <usergroups><usergroup>}. */
  public static List<UserGroup> userGroups(XmlNode root) {
    return each(
        root,
        "usergroup",
        g ->
            new UserGroup(
                childInt(g, "id"),
                childString(g, "title"),
                childString(g, "grouptype"),
                childFlag(g, "ismaster")));
  }

  static <T> List<T> each(XmlNode root, String childName, Function<XmlNode, T> reader) {
    List<T> items = new ArrayList<>();
    for (XmlNode c : root.children(childName)) {
      items.add(reader.apply(c));
    }
    return items;
  }
}
