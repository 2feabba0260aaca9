package dev.kayakomcp.emulator.xml;

import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import dev.kayakomcp.xml.XmlWriter;
import java.util.Collection;

/** Writes staff, staff groups, users, user groups and organisations (§3.12). */
public final class PeopleXml {

  private PeopleXml() {}

  public static String staff(Collection<Staff> list) {
    XmlWriter w = XmlWriter.document("staffusers");
    for (Staff s : list) {
      w.open("staff");
      w.element("id", s.id());
      w.element("staffgroupid", s.staffGroupId());
      w.element("firstname", s.firstName());
      w.element("lastname", s.lastName());
      w.element("fullname", s.fullName());
      w.element("username", s.userName());
      w.element("email", s.email());
      w.element("designation", s.designation());
      w.element("greeting", s.greeting());
      w.element("mobilenumber", s.mobileNumber());
      w.flag("isenabled", s.enabled());
      w.element("timezone", s.timezone());
      w.flag("enabledst", s.enableDst());
      w.element("signature", s.signature());
      w.close("staff");
    }
    return w.finish("staffusers");
  }

  public static String staffGroups(Collection<StaffGroup> list) {
    XmlWriter w = XmlWriter.document("staffgroups");
    for (StaffGroup g : list) {
      w.open("staffgroup");
      w.element("id", g.id());
      w.element("title", g.title());
      w.flag("isadmin", g.admin());
      w.close("staffgroup");
    }
    return w.finish("staffgroups");
  }

  public static String users(Collection<User> list) {
    XmlWriter w = XmlWriter.document("users");
    for (User u : list) {
      w.open("user");
      w.element("id", u.id());
      // Both are integer-cast by the server: zero prints as an empty element.
      w.element("usergroupid", u.userGroupId() == 0 ? "" : u.userGroupId());
      w.element("userrole", u.userRole());
      w.element("userorganizationid", u.userOrganizationId() == 0 ? "" : u.userOrganizationId());
      w.element("salutation", u.salutation());
      w.element("userexpiry", u.userExpiry());
      w.element("fullname", u.fullName());
      for (String email : u.emails()) {
        w.element("email", email);
      }
      w.element("designation", u.designation());
      w.element("phone", u.phone());
      w.element("dateline", u.dateline());
      w.element("lastvisit", u.lastVisit());
      w.flag("isenabled", u.enabled());
      w.element("timezone", u.timezone());
      w.flag("enabledst", u.enableDst());
      w.element("slaplanid", u.slaPlanId());
      w.element("slaplanexpiry", u.slaPlanExpiry());
      w.close("user");
    }
    return w.finish("users");
  }

  public static String organizations(Collection<UserOrganization> list) {
    XmlWriter w = XmlWriter.document("userorganizations");
    for (UserOrganization o : list) {
      w.open("userorganization");
      w.element("id", o.id());
      w.element("name", o.name());
      w.element("organizationtype", o.organizationType());
      w.element("address", o.address());
      w.element("city", o.city());
      w.element("state", o.state());
      w.element("postalcode", o.postalCode());
      w.element("country", o.country());
      w.element("phone", o.phone());
      w.element("fax", o.fax());
      w.element("website", o.website());
      w.comment("Timeline Properties");
      w.element("dateline", o.dateline());
      w.element("lastupdate", o.lastUpdate());
      w.comment("Custom SLA Properties");
      w.element("slaplanid", o.slaPlanId());
      w.element("slaplanexpiry", o.slaPlanExpiry());
      w.close("userorganization");
    }
    return w.finish("userorganizations");
  }

  public static String userGroups(Collection<UserGroup> list) {
    XmlWriter w = XmlWriter.document("usergroups");
    for (UserGroup g : list) {
      w.open("usergroup");
      w.element("id", g.id());
      w.element("title", g.title());
      w.element("grouptype", g.groupType());
      w.flag("ismaster", g.master());
      w.close("usergroup");
    }
    return w.finish("usergroups");
  }
}
