package dev.kayakomcp.emulator.xml;

import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.xml.XmlWriter;
import java.util.Collection;

/** Writes the lookup tables of §3.11 and the custom-field definitions of §3.12. */
public final class LookupXml {

  private LookupXml() {}

  public static String departments(Collection<Department> list) {
    XmlWriter w = XmlWriter.document("departments");
    for (Department d : list) {
      w.open("department");
      w.element("id", d.id());
      w.element("title", d.title());
      w.element("type", d.type());
      w.element("module", d.app());
      w.element("app", d.app());
      w.element("displayorder", d.displayOrder());
      w.element("parentdepartmentid", d.parentDepartmentId());
      w.flag("uservisibilitycustom", d.userVisibilityCustom());
      w.open("usergroups");
      for (int id : d.userGroupIds()) {
        w.element("id", id);
      }
      w.close("usergroups");
      w.close("department");
    }
    return w.finish("departments");
  }

  public static String statuses(Collection<TicketStatus> list) {
    XmlWriter w = XmlWriter.document("ticketstatuses");
    for (TicketStatus s : list) {
      w.open("ticketstatus");
      w.element("id", s.id());
      w.element("title", s.title());
      w.element("displayorder", s.displayOrder());
      w.element("departmentid", s.departmentId());
      w.element("displayicon", s.displayIcon());
      w.element("type", s.type());
      w.flag("displayinmainlist", s.displayInMainList());
      w.flag("markasresolved", s.markAsResolved());
      w.flag("displaycount", s.displayCount());
      w.element("statuscolor", s.statusColor());
      w.element("statusbgcolor", s.statusBgColor());
      w.flag("resetduetime", s.resetDueTime());
      w.flag("triggersurvey", s.triggerSurvey());
      w.flag("staffvisibilitycustom", s.staffVisibilityCustom());
      for (int id : s.staffGroupIds()) {
        w.element("staffgroupid", id);
      }
      w.close("ticketstatus");
    }
    return w.finish("ticketstatuses");
  }

  public static String priorities(Collection<TicketPriority> list) {
    XmlWriter w = XmlWriter.document("ticketpriorities");
    for (TicketPriority p : list) {
      w.open("ticketpriority");
      w.element("id", p.id());
      w.element("title", p.title());
      w.element("displayorder", p.displayOrder());
      w.element("frcolorcode", p.frColorCode());
      w.element("bgcolorcode", p.bgColorCode());
      w.element("type", p.type());
      w.flag("uservisibilitycustom", p.userVisibilityCustom());
      for (int id : p.userGroupIds()) {
        w.element("usergroupid", id);
      }
      w.close("ticketpriority");
    }
    return w.finish("ticketpriorities");
  }

  public static String types(Collection<TicketType> list) {
    XmlWriter w = XmlWriter.document("tickettypes");
    for (TicketType t : list) {
      w.open("tickettype");
      w.element("id", t.id());
      w.element("title", t.title());
      w.element("displayorder", t.displayOrder());
      w.element("departmentid", t.departmentId());
      w.element("displayicon", t.displayIcon());
      w.element("type", t.type());
      w.flag("uservisibilitycustom", t.userVisibilityCustom());
      for (int id : t.userGroupIds()) {
        w.element("usergroupid", id);
      }
      w.close("tickettype");
    }
    return w.finish("tickettypes");
  }

  public static String customFields(Collection<CustomField> list) {
    XmlWriter w = XmlWriter.document("customfields");
    for (CustomField f : list) {
      w.elementWithAttributes(
          "customfield",
          "",
          "customfieldid",
          f.id(),
          "customfieldgroupid",
          f.groupId(),
          "title",
          f.title(),
          "fieldtype",
          f.fieldType(),
          "fieldname",
          f.fieldName(),
          "defaultvalue",
          f.defaultValue(),
          "isrequired",
          bit(f.required()),
          "usereditable",
          bit(f.userEditable()),
          "staffeditable",
          bit(f.staffEditable()),
          "regexpvalidate",
          f.regexpValidate(),
          "displayorder",
          f.displayOrder(),
          "encryptindb",
          bit(f.encryptInDb()),
          "description",
          f.description(),
          "grouptype",
          f.groupType());
    }
    return w.finish("customfields");
  }

  public static String options(Collection<CustomFieldOption> list) {
    XmlWriter w = XmlWriter.document("customfieldoptions");
    for (CustomFieldOption o : list) {
      w.elementWithAttributes(
          "option",
          "",
          "customfieldoptionid",
          o.id(),
          "customfieldid",
          o.customFieldId(),
          "optionvalue",
          o.value(),
          "displayorder",
          o.displayOrder(),
          "isselected",
          bit(o.selected()),
          "parentcustomfieldoptionid",
          o.parentOptionId());
    }
    return w.finish("customfieldoptions");
  }

  static int bit(boolean b) {
    return b ? 1 : 0;
  }
}
