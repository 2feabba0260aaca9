package dev.kayakomcp.format;

import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import java.util.LinkedHashMap;
import java.util.Map;

/** Customers and organisations for agents, with group and organisation by name. */
public final class PersonView {

  private final Times times;

  public PersonView(Times times) {
    this.times = times;
  }

  public Map<String, Object> user(User u, UserGroup group, UserOrganization org) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("name", u.fullName());
    m.put("emails", u.emails());
    m.put("role", u.userRole());
    m.put("designation", blankToNull(u.designation()));
    m.put("phone", blankToNull(u.phone()));
    m.put("organization_id", u.userOrganizationId());
    m.put("organization", org == null ? null : org.name());
    m.put("user_group_id", u.userGroupId());
    m.put("user_group", group == null ? null : group.title());
    m.put("enabled", u.enabled());
    m.put("created_at", Times.iso(u.dateline()));
    m.put("last_visit_at", Times.iso(u.lastVisit()));
    return m;
  }

  public String userMarkdown(User u, UserGroup group, UserOrganization org) {
    StringBuilder sb = new StringBuilder("### ").append(u.fullName());
    sb.append(" (user ").append(u.id()).append(")\n");
    sb.append("- **E-mail:** ").append(String.join(", ", u.emails())).append('\n');
    if (org != null) {
      sb.append("- **Organisation:** ")
          .append(org.name())
          .append(" (")
          .append(org.id())
          .append(")\n");
    } else if (u.userOrganizationId() > 0) {
      sb.append("- **Organisation:** #").append(u.userOrganizationId()).append('\n');
    }
    sb.append("- **Group:** ")
        .append(group == null ? "#" + u.userGroupId() : group.title())
        .append(", role ")
        .append(u.userRole())
        .append(u.enabled() ? "" : ", DISABLED")
        .append('\n');
    if (!isBlank(u.designation())) {
      sb.append("- **Designation:** ").append(u.designation()).append('\n');
    }
    if (!isBlank(u.phone())) {
      sb.append("- **Phone:** ").append(u.phone()).append('\n');
    }
    sb.append("- **Created:** ").append(times.both(u.dateline())).append('\n');
    sb.append("- **Last visit:** ").append(times.both(u.lastVisit())).append('\n');
    return sb.toString();
  }

  public Map<String, Object> organization(UserOrganization o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("name", o.name());
    m.put("type", o.organizationType());
    m.put("address", blankToNull(o.address()));
    m.put("city", blankToNull(o.city()));
    m.put("state", blankToNull(o.state()));
    m.put("postal_code", blankToNull(o.postalCode()));
    m.put("country", blankToNull(o.country()));
    m.put("phone", blankToNull(o.phone()));
    m.put("website", blankToNull(o.website()));
    m.put("created_at", Times.iso(o.dateline()));
    m.put("updated_at", Times.iso(o.lastUpdate()));
    return m;
  }

  public String organizationMarkdown(UserOrganization o) {
    StringBuilder sb = new StringBuilder("# ").append(o.name());
    sb.append(" (organisation ").append(o.id()).append(")\n\n");
    sb.append("- **Type:** ").append(o.organizationType()).append('\n');
    String place =
        String.join(
            ", ",
            java.util.stream.Stream.of(
                    o.address(), o.city(), o.state(), o.postalCode(), o.country())
                .filter(s -> !isBlank(s))
                .toList());
    if (!place.isEmpty()) {
      sb.append("- **Address:** ").append(place).append('\n');
    }
    if (!isBlank(o.phone())) {
      sb.append("- **Phone:** ").append(o.phone()).append('\n');
    }
    if (!isBlank(o.website())) {
      sb.append("- **Website:** ").append(o.website()).append('\n');
    }
    sb.append("- **Created:** ").append(times.both(o.dateline())).append('\n');
    sb.append("- **Updated:** ").append(times.both(o.lastUpdate())).append('\n');
    return sb.toString();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s;
  }
}
