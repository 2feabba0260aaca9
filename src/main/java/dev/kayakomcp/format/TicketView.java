package dev.kayakomcp.format;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.Watcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tickets for agents: names instead of ids, UTC times, and the same facts in Markdown and as
 * structured data.
 */
public final class TicketView {

  private static final String[] FLAGS = {
    null, "purple", "orange", "green", "yellow", "red", "blue"
  };

  private final Directory directory;
  private final Times times;

  public TicketView(Directory directory, Times times) {
    this.directory = directory;
    this.times = times;
  }

  /** The fields every ticket listing shows. */
  public Map<String, Object> summary(Ticket t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("display_id", t.displayId());
    m.put("subject", t.subject());
    m.put("department_id", t.departmentId());
    m.put("department", directory.departmentName(t.departmentId()));
    m.put("status_id", t.statusId());
    m.put("status", directory.statusName(t.statusId()));
    m.put("is_resolved", directory.isResolved(t.statusId()));
    m.put("priority_id", t.priorityId());
    m.put("priority", directory.priorityName(t.priorityId()));
    m.put("type_id", t.typeId());
    m.put("type", directory.typeName(t.typeId()));
    m.put("owner_staff_id", t.ownerStaffId());
    m.put("owner", ownerName(t));
    m.put("customer_name", t.fullName());
    m.put("customer_email", t.email());
    m.put("user_id", t.userId());
    m.put("organization", blankToNull(t.userOrganization()));
    m.put("created_at", Times.iso(t.creationTime()));
    m.put("last_activity_at", Times.iso(t.lastActivity()));
    m.put("replies", t.replies());
    m.put("tags", tags(t.tags()));
    return m;
  }

  /** Everything Kayako says about the ticket itself (posts are rendered separately). */
  public Map<String, Object> detail(Ticket t) {
    Map<String, Object> m = summary(t);
    m.put("last_replier", blankToNull(t.lastReplier()));
    m.put("last_staff_reply_at", Times.iso(t.lastStaffReply()));
    m.put("last_user_reply_at", Times.iso(t.lastUserReply()));
    m.put("next_reply_due_at", Times.iso(t.nextReplyDue()));
    m.put("resolution_due_at", Times.iso(t.resolutionDue()));
    m.put("flag", t.flagType() > 0 && t.flagType() < FLAGS.length ? FLAGS[t.flagType()] : null);
    m.put("is_escalated", t.escalated());
    m.put("watchers", t.watchers().stream().map(Watcher::name).toList());
    return m;
  }

  /** A compact Markdown block for a ticket in a list. */
  public String summaryMarkdown(Ticket t) {
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(title(t)).append('\n');
    sb.append("- **Status:** ")
        .append(directory.statusName(t.statusId()))
        .append(directory.isResolved(t.statusId()) ? " (resolved)" : "")
        .append(" · **Priority:** ")
        .append(directory.priorityName(t.priorityId()))
        .append(" · **Department:** ")
        .append(directory.departmentName(t.departmentId()))
        .append(" · **Type:** ")
        .append(directory.typeName(t.typeId()))
        .append('\n');
    sb.append("- **Customer:** ").append(customer(t)).append('\n');
    sb.append("- **Owner:** ").append(ownerOrUnassigned(t)).append('\n');
    sb.append("- **Created:** ").append(times.both(t.creationTime())).append('\n');
    sb.append("- **Last activity:** ").append(times.both(t.lastActivity()));
    sb.append(" · **Replies:** ").append(t.replies()).append('\n');
    List<String> tags = tags(t.tags());
    if (!tags.isEmpty()) {
      sb.append("- **Tags:** ").append(String.join(", ", tags)).append('\n');
    }
    return sb.toString();
  }

  /** The full Markdown header of one ticket. */
  public String detailMarkdown(Ticket t) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Ticket ").append(title(t)).append("\n\n");
    row(sb, "Ticket", t.displayId() + " (numeric id " + t.id() + ")");
    row(
        sb,
        "Status",
        directory.statusName(t.statusId())
            + " (id "
            + t.statusId()
            + (directory.isResolved(t.statusId()) ? ", resolved)" : ")"));
    row(sb, "Priority", directory.priorityName(t.priorityId()) + " (id " + t.priorityId() + ")");
    row(
        sb,
        "Department",
        directory.departmentName(t.departmentId()) + " (id " + t.departmentId() + ")");
    row(sb, "Type", directory.typeName(t.typeId()) + " (id " + t.typeId() + ")");
    row(sb, "Owner", ownerOrUnassigned(t));
    row(sb, "Customer", customer(t) + (t.userId() > 0 ? " (user id " + t.userId() + ")" : ""));
    row(sb, "Created", times.both(t.creationTime()));
    row(sb, "Last activity", times.both(t.lastActivity()));
    row(sb, "Last staff reply", times.both(t.lastStaffReply()));
    row(sb, "Last customer reply", times.both(t.lastUserReply()));
    if (t.nextReplyDue() > 0) {
      row(sb, "Next reply due", times.both(t.nextReplyDue()));
    }
    if (t.resolutionDue() > 0) {
      row(sb, "Resolution due", times.both(t.resolutionDue()));
    }
    row(
        sb,
        "Replies",
        t.replies() + (blank(t.lastReplier()) ? "" : ", last by " + t.lastReplier()));
    List<String> tags = tags(t.tags());
    row(sb, "Tags", tags.isEmpty() ? "none" : String.join(", ", tags));
    if (t.flagType() > 0 && t.flagType() < FLAGS.length) {
      row(sb, "Flag", FLAGS[t.flagType()]);
    }
    if (t.escalated()) {
      row(sb, "Escalated", "yes");
    }
    if (!t.watchers().isEmpty()) {
      row(sb, "Watchers", String.join(", ", t.watchers().stream().map(Watcher::name).toList()));
    }
    return sb.toString();
  }

  /** {@code QXV-418-20573 (#1042): subject}. */
  public static String title(Ticket t) {
    return t.displayId() + " (#" + t.id() + "): " + oneLine(t.subject());
  }

  private String customer(Ticket t) {
    String name = blank(t.fullName()) ? "unknown" : t.fullName();
    String s = name + (blank(t.email()) ? "" : " <" + t.email() + ">");
    return blank(t.userOrganization()) ? s : s + ", " + t.userOrganization();
  }

  private String ownerName(Ticket t) {
    if (t.ownerStaffId() <= 0) {
      return null;
    }
    return blank(t.ownerStaffName()) ? directory.staffName(t.ownerStaffId()) : t.ownerStaffName();
  }

  private String ownerOrUnassigned(Ticket t) {
    String owner = ownerName(t);
    return owner == null ? "unassigned" : owner;
  }

  private static void row(StringBuilder sb, String label, String value) {
    sb.append("- **").append(label).append(":** ").append(value).append('\n');
  }

  static List<String> tags(String tags) {
    if (tags == null || tags.isBlank()) {
      return List.of();
    }
    return new ArrayList<>(Arrays.asList(tags.strip().split("\\s+")));
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s;
  }
}
