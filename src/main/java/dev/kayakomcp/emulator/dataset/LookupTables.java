package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.model.UserGroup;
import java.util.List;

/**
 * The fixed lookup tables of the generated helpdesk (departments, statuses, priorities, types,
 * staff and user groups, template groups). They do not depend on the seed, so ids are stable
 * constants that tests and documentation can name.
 */
public final class LookupTables {

  public static final int DEPT_GENERAL = 1;
  public static final int DEPT_BILLING = 2;
  public static final int DEPT_TECHNICAL = 3;
  public static final int DEPT_INTEGRATIONS = 4;
  public static final int DEPT_MOBILE = 5;
  public static final int DEPT_SALES = 6;
  public static final int DEPT_LIVE_CHAT = 7;

  /** Departments that can hold tickets (the live-chat one cannot). */
  public static final int[] TICKET_DEPARTMENTS = {
    DEPT_GENERAL, DEPT_BILLING, DEPT_TECHNICAL, DEPT_INTEGRATIONS, DEPT_MOBILE, DEPT_SALES
  };

  public static final int STATUS_OPEN = 1;
  public static final int STATUS_IN_PROGRESS = 2;
  public static final int STATUS_AWAITING_CUSTOMER = 3;
  public static final int STATUS_ON_HOLD = 4;
  public static final int STATUS_RESOLVED = 5;
  public static final int STATUS_CLOSED = 6;
  public static final int STATUS_ESCALATED_BILLING = 7;

  public static final int PRIORITY_LOW = 1;
  public static final int PRIORITY_NORMAL = 2;
  public static final int PRIORITY_HIGH = 3;
  public static final int PRIORITY_URGENT = 4;
  public static final int PRIORITY_CRITICAL = 5;

  public static final int TYPE_ISSUE = 1;
  public static final int TYPE_QUESTION = 2;
  public static final int TYPE_BUG = 3;
  public static final int TYPE_FEATURE_REQUEST = 4;
  public static final int TYPE_TASK = 5;

  public static final int STAFF_GROUP_ADMIN = 1;
  public static final int STAFF_GROUP_TIER1 = 2;
  public static final int STAFF_GROUP_TIER2 = 3;
  public static final int STAFF_GROUP_BILLING = 4;

  public static final int USER_GROUP_REGISTERED = 1;
  public static final int USER_GROUP_GUEST = 2;
  public static final int USER_GROUP_ENTERPRISE = 3;
  public static final int USER_GROUP_PARTNERS = 4;

  public static final int TEMPLATE_GROUP_DEFAULT = 1;
  public static final String TEMPLATE_GROUP_DEFAULT_NAME = "Default";

  private LookupTables() {}

  /** Puts every lookup table into {@code h}. */
  static void fill(Helpdesk h) {
    List<Integer> none = List.of();
    dept(
        h, new Department(DEPT_GENERAL, "General Support", "public", "tickets", 1, 0, false, none));
    dept(h, new Department(DEPT_BILLING, "Billing", "public", "tickets", 2, 0, false, none));
    dept(
        h,
        new Department(
            DEPT_TECHNICAL, "Technical Support", "public", "tickets", 3, 0, false, none));
    dept(
        h,
        new Department(
            DEPT_INTEGRATIONS,
            "Integrations",
            "public",
            "tickets",
            4,
            DEPT_TECHNICAL,
            false,
            none));
    dept(
        h,
        new Department(
            DEPT_MOBILE, "Mobile Apps", "public", "tickets", 5, DEPT_TECHNICAL, false, none));
    // Sales is only offered to registered and enterprise customers, as a real desk might do.
    dept(
        h,
        new Department(
            DEPT_SALES,
            "Sales & Accounts",
            "public",
            "tickets",
            6,
            0,
            true,
            List.of(USER_GROUP_REGISTERED, USER_GROUP_ENTERPRISE)));
    dept(h, new Department(DEPT_LIVE_CHAT, "Live Chat", "public", "livechat", 7, 0, false, none));

    status(h, STATUS_OPEN, "Open", 0, "open", false, "#4eafcb", false);
    status(h, STATUS_IN_PROGRESS, "In Progress", 0, "inprogress", false, "#f2b134", false);
    status(h, STATUS_AWAITING_CUSTOMER, "Awaiting Customer", 0, "onhold", false, "#9b59b6", false);
    status(h, STATUS_ON_HOLD, "On Hold", 0, "onhold", false, "#7f8c8d", false);
    status(h, STATUS_RESOLVED, "Resolved", 0, "closed", true, "#5cb85c", true);
    status(h, STATUS_CLOSED, "Closed", 0, "closed", true, "#333333", false);
    status(
        h,
        STATUS_ESCALATED_BILLING,
        "Escalated to Billing",
        DEPT_BILLING,
        "escalated",
        false,
        "#d9534f",
        false);

    priority(h, PRIORITY_LOW, "Low", "#ffffff", "#8bb467");
    priority(h, PRIORITY_NORMAL, "Normal", "#ffffff", "#4eafcb");
    priority(h, PRIORITY_HIGH, "High", "#ffffff", "#e08a00");
    priority(h, PRIORITY_URGENT, "Urgent", "#ffffff", "#d9534f");
    priority(h, PRIORITY_CRITICAL, "Critical", "#ffffff", "#8b0000");

    type(h, TYPE_ISSUE, "Issue", "issue");
    type(h, TYPE_QUESTION, "Question", "question");
    type(h, TYPE_BUG, "Bug", "bug");
    type(h, TYPE_FEATURE_REQUEST, "Feature Request", "feature");
    type(h, TYPE_TASK, "Task", "task");

    h.staffGroups.put(STAFF_GROUP_ADMIN, new StaffGroup(STAFF_GROUP_ADMIN, "Administrators", true));
    h.staffGroups.put(
        STAFF_GROUP_TIER1, new StaffGroup(STAFF_GROUP_TIER1, "Support \u2014 Tier 1", false));
    h.staffGroups.put(
        STAFF_GROUP_TIER2, new StaffGroup(STAFF_GROUP_TIER2, "Support \u2014 Tier 2", false));
    h.staffGroups.put(
        STAFF_GROUP_BILLING, new StaffGroup(STAFF_GROUP_BILLING, "Billing & Accounts", false));

    h.userGroups.put(
        USER_GROUP_REGISTERED,
        new UserGroup(USER_GROUP_REGISTERED, "Registered", "registered", true));
    h.userGroups.put(USER_GROUP_GUEST, new UserGroup(USER_GROUP_GUEST, "Guest", "guest", true));
    h.userGroups.put(
        USER_GROUP_ENTERPRISE,
        new UserGroup(USER_GROUP_ENTERPRISE, "Enterprise Customers", "registered", false));
    h.userGroups.put(
        USER_GROUP_PARTNERS, new UserGroup(USER_GROUP_PARTNERS, "Partners", "registered", false));

    h.templateGroups.put(TEMPLATE_GROUP_DEFAULT, TEMPLATE_GROUP_DEFAULT_NAME);
  }

  /** True when the status counts as resolved/closed. */
  static boolean isResolved(int statusId) {
    return statusId == STATUS_RESOLVED || statusId == STATUS_CLOSED;
  }

  private static void dept(Helpdesk h, Department d) {
    h.departments.put(d.id(), d);
  }

  private static void status(
      Helpdesk h,
      int id,
      String title,
      int departmentId,
      String icon,
      boolean resolved,
      String color,
      boolean survey) {
    h.statuses.put(
        id,
        new TicketStatus(
            id,
            title,
            id,
            departmentId,
            "{$themepath}icon_ticketstatus" + icon + ".png",
            "public",
            true,
            resolved,
            true,
            color,
            color,
            !resolved,
            survey,
            false,
            List.of()));
  }

  private static void priority(Helpdesk h, int id, String title, String fr, String bg) {
    h.priorities.put(id, new TicketPriority(id, title, id, fr, bg, "public", false, List.of()));
  }

  private static void type(Helpdesk h, int id, String title, String icon) {
    h.types.put(
        id,
        new TicketType(
            id, title, id, 0, "{$themepath}icon_type" + icon + ".png", "public", false, List.of()));
  }
}
