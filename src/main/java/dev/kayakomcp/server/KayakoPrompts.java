package dev.kayakomcp.server;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;

/**
 * Ready-made requests for the common helpdesk jobs. Each yields one user message that walks the
 * agent through the tools to call, in order, with their arguments; nothing is fetched here, so a
 * prompt costs no Kayako call.
 */
final class KayakoPrompts {

  static final String TRIAGE_QUEUE = "triage_queue";
  static final String SUMMARIZE_TICKET = "summarize_ticket";
  static final String DRAFT_REPLY = "draft_reply";
  static final String WEEKLY_REPORT = "weekly_report";

  /** Tones {@code draft_reply} suggests; any other word is accepted too. */
  static final List<String> TONES = List.of("friendly", "formal", "apologetic", "concise");

  List<Prompt> prompts() {
    return List.of(
        new Prompt(
            TRIAGE_QUEUE,
            "Triage the open queue",
            "Rank the unresolved tickets by what needs attention first and propose priorities,"
                + " owners and next steps.",
            List.of(
                new PromptArgument(
                    "department", "Department", "Department name or id; default: all.", false),
                new PromptArgument(
                    "status",
                    "Status",
                    "Status name or id to triage; default: every unresolved status.",
                    false))),
        new Prompt(
            SUMMARIZE_TICKET,
            "Summarize a ticket",
            "Read one ticket and its whole conversation and summarize problem, history and state.",
            List.of(
                new PromptArgument(
                    "ticket_id",
                    "Ticket",
                    "Numeric id (1042) or display id (QXV-418-20573).",
                    true))),
        new Prompt(
            DRAFT_REPLY,
            "Draft a reply",
            "Read a ticket's conversation and draft the next staff reply (not sent).",
            List.of(
                new PromptArgument(
                    "ticket_id",
                    "Ticket",
                    "Numeric id (1042) or display id (QXV-418-20573).",
                    true),
                new PromptArgument(
                    "tone", "Tone", "friendly (default), formal, apologetic or concise.", false))),
        new Prompt(
            WEEKLY_REPORT,
            "Weekly report",
            "Report on the last seven days against the week before: volume, backlog, response and"
                + " resolution times, risks.",
            List.of(
                new PromptArgument(
                    "department", "Department", "Department name or id; default: all.", false))));
  }

  GetPromptResult get(String name, Map<String, Object> arguments) {
    Map<String, Object> args = arguments == null ? Map.of() : arguments;
    return switch (name == null ? "" : name) {
      case TRIAGE_QUEUE ->
          result("Triage the open queue", triage(arg(args, "department"), arg(args, "status")));
      case SUMMARIZE_TICKET -> result("Summarize a ticket", summarize(required(args, "ticket_id")));
      case DRAFT_REPLY ->
          result("Draft a reply", draft(required(args, "ticket_id"), arg(args, "tone")));
      case WEEKLY_REPORT -> result("Weekly report", weekly(arg(args, "department")));
      default ->
          throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
              .message("Unknown prompt: " + name)
              .build();
    };
  }

  private static String departmentStep(String department) {
    return department == null
        ? "1. Work across all ticket departments (kayako_list_tickets covers them all by default)."
        : "1. Call kayako_get_departments and find the id of the department \""
            + department
            + "\" (match the title, or take it as an id if it is a number).";
  }

  static String triage(String department, String status) {
    String dep = department == null ? "" : " department_id=<that id>,";
    return "Triage the open Kayako queue"
        + (department == null ? "" : " of department \"" + department + "\"")
        + (status == null ? "" : " (status \"" + status + "\")")
        + ".\n\n"
        + departmentStep(department)
        + "\n2. Call kayako_needs_attention with"
        + dep
        + " limit=20: the open tickets to work on first, ranked over the whole queue, each with"
        + " its reasons (customer waiting, overdue, escalated, urgent without owner)."
        + (status == null
            ? ""
            : " Keep the tickets whose status is \"" + status + "\" (each entry names its status).")
        + "\n3. Call kayako_ticket_report with"
        + dep
        + " status_id=\"unresolved\", group_by=\"owner\" for each owner's open load, waiting and"
        + " overdue tickets, to propose owners fairly.\n"
        + "4. For tickets whose subject and reasons do not make the next step obvious, call"
        + " kayako_get_ticket with ticket_id=<id> and include=\"posts\".\n"
        + "5. Answer with a table, most urgent first: ticket id, subject, why it needs attention,"
        + " current priority and owner, your proposed priority, owner and next step. Change"
        + " nothing in Kayako.";
  }

  static String summarize(String ticketId) {
    return "Summarize Kayako ticket "
        + ticketId
        + ".\n\n"
        + "1. Call kayako_get_ticket with ticket_id=\""
        + ticketId
        + "\" for its properties (status, priority, department, owner, customer, dates).\n"
        + "2. Call kayako_get_ticket_posts with ticket_id=\""
        + ticketId
        + "\"; follow has_more with offset until you have read the whole conversation.\n"
        + "3. Write: the customer's problem in one or two sentences, what has been tried and"
        + " said (who, when), the current state and what is pending and on whom, and the"
        + " suggested next step. Quote error messages exactly.";
  }

  static String draft(String ticketId, String tone) {
    String t = tone == null || tone.isBlank() ? "friendly" : tone;
    return "Draft the next staff reply to Kayako ticket "
        + ticketId
        + " in a "
        + t
        + " tone.\n\n"
        + "1. Call kayako_get_ticket with ticket_id=\""
        + ticketId
        + "\" to see its status, customer and owner.\n"
        + "2. Call kayako_get_ticket_posts with ticket_id=\""
        + ticketId
        + "\" and read the whole conversation (follow has_more with offset).\n"
        + "3. How did we answer this before? Call kayako_find_similar_tickets with ticket_id=\""
        + ticketId
        + "\" and read the last staff replies of the resolved ones; reuse what worked.\n"
        + "4. Write the reply addressed to the customer by name, answering every open question"
        + " in the last customer post, with concrete next steps. Do not promise what the"
        + " conversation does not support. Show the draft only; do not send it.";
  }

  static String weekly(String department) {
    String dep = department == null ? "" : " department_id=<that id>,";
    return "Write a weekly report for the Kayako helpdesk"
        + (department == null ? "" : " (department \"" + department + "\")")
        + " covering the last seven days.\n\n"
        + departmentStep(department)
        + "\n2. Call kayako_ticket_report with"
        + dep
        + " created_since=\"7d\", compare=\"previous\", group_by=\""
        + (department == null ? "department" : "type")
        + "\": new tickets, how many are still open, waiting and overdue, first response and"
        + " resolution times, each beside last week's.\n"
        + "3. Call kayako_ticket_report with"
        + dep
        + " created_since=\"7d\", group_by=\"created_day\", chart=true for the daily volume.\n"
        + "4. Call kayako_ticket_report with"
        + dep
        + " status_id=\"unresolved\", group_by=\"owner\" for the open backlog: age, idle time,"
        + " waiting on staff, overdue.\n"
        + "5. Call kayako_needs_attention with"
        + dep
        + " limit=10 for the risks going into next week.\n"
        + "6. Report in short Markdown sections: volume (new, resolved, open backlog) against last"
        + " week, response and resolution times, busiest areas, oldest and overdue work, risks."
        + " Quote the figures as the tools give them; say how many tickets the response times"
        + " rest on.";
  }

  private static GetPromptResult result(String description, String text) {
    return new GetPromptResult(
        description, List.of(new PromptMessage(Role.USER, new TextContent(text))));
  }

  private static String arg(Map<String, Object> args, String name) {
    Object v = args.get(name);
    if (v == null) {
      return null;
    }
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? null : s;
  }

  private static String required(Map<String, Object> args, String name) {
    String v = arg(args, name);
    if (v == null) {
      throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
          .message("Missing required argument: " + name)
          .build();
    }
    return v;
  }
}
