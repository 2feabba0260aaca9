package dev.kayakomcp.server;

/** The short orientation a client receives on {@code initialize}. */
final class Instructions {

  private Instructions() {}

  static String text() {
    return """
        Kayako Classic helpdesk (read-only tools). Find tickets with kayako_search_tickets (words in \
        conversations and subjects) or kayako_list_tickets (filters: department, status, owner, \
        customer; all departments and statuses by default; sorted by last activity). Read one with \
        kayako_get_ticket (numeric id like 1042 or display id like QXV-418-20573) and its \
        conversation with kayako_get_ticket_posts. kayako_get_departments and \
        kayako_get_ticket_statuses give the ids the filters take. All times are UTC. Large results \
        come in pages: each answer says how to get the rest. Resources kayako://tickets/{ticket_id} \
        and prompts (triage_queue, summarize_ticket, draft_reply, weekly_report) are offered too.""";
  }
}
