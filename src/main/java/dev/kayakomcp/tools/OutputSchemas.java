package dev.kayakomcp.tools;

import static dev.kayakomcp.tools.Schema.arrayOf;
import static dev.kayakomcp.tools.Schema.nullable;
import static dev.kayakomcp.tools.Schema.type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas of the structured content tools return, shared where tools return the same shape.
 */
public final class OutputSchemas {

  private OutputSchemas() {}

  public static Map<String, Object> ticketSummaryProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", type("integer"));
    p.put("display_id", type("string"));
    p.put("subject", type("string"));
    p.put("department_id", type("integer"));
    p.put("department", type("string"));
    p.put("status_id", type("integer"));
    p.put("status", type("string"));
    p.put("is_resolved", type("boolean"));
    p.put("priority_id", type("integer"));
    p.put("priority", type("string"));
    p.put("type_id", type("integer"));
    p.put("type", type("string"));
    p.put("owner_staff_id", type("integer"));
    p.put("owner", nullable("string"));
    p.put("customer_name", type("string"));
    p.put("customer_email", type("string"));
    p.put("user_id", type("integer"));
    p.put("organization", nullable("string"));
    p.put("created_at", nullable("string"));
    p.put("last_activity_at", nullable("string"));
    p.put("replies", type("integer"));
    p.put("tags", arrayOf(type("string")));
    return p;
  }

  public static Map<String, Object> ticketSummary() {
    return object(ticketSummaryProperties(), List.of("id", "display_id", "subject"));
  }

  public static Map<String, Object> ticketDetail() {
    Map<String, Object> p = ticketSummaryProperties();
    p.put("last_replier", nullable("string"));
    p.put("last_staff_reply_at", nullable("string"));
    p.put("last_user_reply_at", nullable("string"));
    p.put("next_reply_due_at", nullable("string"));
    p.put("resolution_due_at", nullable("string"));
    p.put("flag", nullable("string"));
    p.put("is_escalated", type("boolean"));
    p.put("watchers", arrayOf(type("string")));
    return object(p, List.of("id", "display_id", "subject"));
  }

  public static Map<String, Object> post() {
    Map<String, Object> attachment = new LinkedHashMap<>();
    attachment.put("id", type("integer"));
    attachment.put("file_name", type("string"));
    attachment.put("file_type", type("string"));
    attachment.put("size_bytes", type("integer"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", type("integer"));
    p.put("created_at", nullable("string"));
    p.put("author", type("string"));
    p.put("author_email", nullable("string"));
    p.put(
        "role",
        Schema.ordered(
            "type", "string", "enum", List.of("staff", "customer", "cc", "bcc", "third party")));
    p.put("staff_id", type("integer"));
    p.put("user_id", type("integer"));
    p.put("is_private", type("boolean"));
    p.put("was_html", type("boolean"));
    p.put("body", type("string"));
    p.put("untrusted", type("boolean"));
    p.put("quoted_lines_folded", type("integer"));
    p.put("signature_lines_folded", type("integer"));
    p.put("attachments", arrayOf(object(attachment, List.of("id", "file_name"))));
    return object(p, List.of("id", "author", "role", "body"));
  }

  public static Map<String, Object> note() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", type("integer"));
    p.put("created_at", nullable("string"));
    p.put("author", type("string"));
    p.put("author_staff_id", type("integer"));
    p.put("color", type("string"));
    p.put("for_staff_id", type("integer"));
    p.put("for_staff", nullable("string"));
    p.put("contents", type("string"));
    return object(p, List.of("id", "author", "contents"));
  }

  public static Map<String, Object> timeTrack() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", type("integer"));
    p.put("worker", nullable("string"));
    p.put("worker_staff_id", type("integer"));
    p.put("created_by", nullable("string"));
    p.put("work_date", nullable("string"));
    p.put("bill_date", nullable("string"));
    p.put("worked_seconds", type("integer"));
    p.put("worked", type("string"));
    p.put("billable_seconds", type("integer"));
    p.put("billable", type("string"));
    p.put("note", type("string"));
    return object(p, List.of("id", "worked_seconds", "billable_seconds"));
  }

  public static Map<String, Object> timeTotals() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("entries", type("integer"));
    p.put("worked_seconds", type("integer"));
    p.put("worked", type("string"));
    p.put("billable_seconds", type("integer"));
    p.put("billable", type("string"));
    return object(p, List.of("worked_seconds", "billable_seconds"));
  }

  public static Map<String, Object> customField() {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("file_name", nullable("string"));
    file.put("size_bytes", type("integer"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", type("integer"));
    p.put("group", type("string"));
    p.put("title", type("string"));
    p.put("type", type("string"));
    p.put("type_code", type("integer"));
    p.put("name", nullable("string"));
    p.put("is_set", type("boolean"));
    p.put("value", nullable("string"));
    p.put("values", arrayOf(type("string")));
    p.put("file", Schema.ordered("type", List.of("object", "null"), "properties", file));
    p.put("options", arrayOf(type("string")));
    p.put("description", type("string"));
    p.put("untrusted", type("boolean"));
    return object(p, List.of("id", "title", "type", "is_set", "untrusted"));
  }

  public static Map<String, Object> attachment() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", type("integer"));
    p.put("post_id", type("integer"));
    p.put("file_name", type("string"));
    p.put("file_type", type("string"));
    p.put("size_bytes", type("integer"));
    p.put("size", type("string"));
    p.put("created_at", nullable("string"));
    p.put("kind", type("string"));
    return object(p, List.of("id", "file_name", "file_type", "size_bytes"));
  }

  /** The paging block of list results. */
  public static Map<String, Object> paging() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("offset", type("integer"));
    p.put("limit", type("integer"));
    p.put("returned", type("integer"));
    p.put("total", nullable("integer"));
    p.put("has_more", type("boolean"));
    p.put("next_offset", nullable("integer"));
    p.put("truncated_by_size", type("boolean"));
    return object(p, List.of("offset", "returned", "has_more"));
  }

  public static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    s.put("properties", properties);
    s.put("required", required);
    return s;
  }
}
