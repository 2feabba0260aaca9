package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.LookupReader.each;
import static dev.kayakomcp.xml.XmlValues.childFlag;
import static dev.kayakomcp.xml.XmlValues.childInt;
import static dev.kayakomcp.xml.XmlValues.childLong;
import static dev.kayakomcp.xml.XmlValues.childString;

import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.List;

/** Reads staff accounts, end users and user organisations. */
public final class PeopleReader {

  private PeopleReader() {}

  /** {@code <staffusers><staff>}. */
  public static List<Staff> staff(XmlNode root) {
    return each(
        root,
        "staff",
        s ->
            new Staff(
                childInt(s, "id"),
                childInt(s, "staffgroupid"),
                childString(s, "firstname"),
                childString(s, "lastname"),
                childString(s, "fullname"),
                childString(s, "username"),
                childString(s, "email"),
                childString(s, "designation"),
                childString(s, "greeting"),
                childString(s, "mobilenumber"),
                childFlag(s, "isenabled"),
                childString(s, "timezone"),
                childFlag(s, "enabledst"),
                childString(s, "signature")));
  }

  /** {@code <users><user>}; a user has one {@code <email>} element per address. */
  public static List<User> users(XmlNode root) {
    return each(
        root,
        "user",
        u -> {
          List<String> emails = new ArrayList<>();
          for (XmlNode e : u.children("email")) {
            String address = e.text().strip();
            if (!address.isEmpty()) {
              emails.add(address);
            }
          }
          return new User(
              childInt(u, "id"),
              childInt(u, "usergroupid"),
              childString(u, "userrole"),
              childInt(u, "userorganizationid"),
              childString(u, "salutation"),
              childLong(u, "userexpiry"),
              childString(u, "fullname"),
              emails,
              childString(u, "designation"),
              childString(u, "phone"),
              childLong(u, "dateline"),
              childLong(u, "lastvisit"),
              childFlag(u, "isenabled"),
              childString(u, "timezone"),
              childFlag(u, "enabledst"),
              childInt(u, "slaplanid"),
              childLong(u, "slaplanexpiry"));
        });
  }

  /** {@code <userorganizations><userorganization>}; the XML comments inside are already gone. */
  public static List<UserOrganization> organizations(XmlNode root) {
    return each(
        root,
        "userorganization",
        o ->
            new UserOrganization(
                childInt(o, "id"),
                childString(o, "name"),
                childString(o, "organizationtype"),
                childString(o, "address"),
                childString(o, "city"),
                childString(o, "state"),
                childString(o, "postalcode"),
                childString(o, "country"),
                childString(o, "phone"),
                childString(o, "fax"),
                childString(o, "website"),
                childLong(o, "dateline"),
                childLong(o, "lastupdate"),
                childInt(o, "slaplanid"),
                childLong(o, "slaplanexpiry")));
  }
}
