package dev.kayakomcp.tools;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One ticket of a bulk update, planned: its state before, the form fields to send (only those that
 * differ from what it has), each field as "old → new" for the table, or why it cannot be changed.
 */
record BulkItem(
    Ticket before, Map<String, String> fields, Map<String, String> shown, String problem) {

  /** The ticket fields a bulk update may set, in the order they are resolved and shown. */
  enum Field {
    DEPARTMENT("departmentid", "department", Ticket::departmentId),
    STATUS("ticketstatusid", "status", Ticket::statusId),
    PRIORITY("ticketpriorityid", "priority", Ticket::priorityId),
    TYPE("tickettypeid", "type", Ticket::typeId),
    OWNER("ownerstaffid", "owner", Ticket::ownerStaffId);

    final String form;
    final String label;
    final ToIntFunction<Ticket> read;

    Field(String form, String label, ToIntFunction<Ticket> read) {
      this.form = form;
      this.label = label;
      this.read = read;
    }

    String name(Directory d, int id) {
      return switch (this) {
        case DEPARTMENT -> d.departmentName(id);
        case STATUS -> d.statusName(id);
        case PRIORITY -> d.priorityName(id);
        case TYPE -> d.typeName(id);
        case OWNER -> id == 0 ? "unassigned" : d.staffName(id);
      };
    }
  }

  /**
   * Plans {@code t}: names resolve per ticket, as statuses and types may depend on its department.
   */
  static BulkItem plan(Ticket t, BulkRequest.Changes c, Directory directory) {
    NameResolver names = new NameResolver(directory);
    Map<Field, Integer> wanted = new LinkedHashMap<>();
    try {
      int department = c.department() == null ? t.departmentId() : names.department(c.department());
      if (c.department() != null) {
        wanted.put(Field.DEPARTMENT, department);
      }
      if (c.status() != null) {
        wanted.put(Field.STATUS, names.status(c.status(), department));
      }
      if (c.priority() != null) {
        wanted.put(Field.PRIORITY, names.priority(c.priority()));
      }
      if (c.type() != null) {
        wanted.put(Field.TYPE, names.type(c.type(), department));
      }
      if (c.owner() != null) {
        wanted.put(Field.OWNER, names.owner(c.owner()));
      }
    } catch (ToolArgumentException e) {
      return new BulkItem(t, Map.of(), Map.of(), e.getMessage());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> shown = new LinkedHashMap<>();
    wanted.forEach(
        (f, id) -> {
          int now = f.read.applyAsInt(t);
          if (now == id) {
            shown.put(f.label, f.name(directory, id) + " (already)");
          } else {
            fields.put(f.form, String.valueOf(id));
            shown.put(f.label, f.name(directory, now) + " → " + f.name(directory, id));
          }
        });
    return new BulkItem(t, fields, shown, null);
  }

  /** The fields Kayako left as they were although they were sent, as "status (still Open)". */
  List<String> ignoredBy(Ticket after, Directory directory) {
    List<String> ignored = new ArrayList<>();
    for (Field f : Field.values()) {
      String sent = fields.get(f.form);
      if (sent != null && f.read.applyAsInt(after) != Integer.parseInt(sent)) {
        ignored.add(f.label + " (still " + f.name(directory, f.read.applyAsInt(after)) + ")");
      }
    }
    return ignored;
  }
}
