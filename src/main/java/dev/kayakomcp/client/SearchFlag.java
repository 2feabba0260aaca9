package dev.kayakomcp.client;

/**
 * Where {@code POST /Tickets/TicketSearch} looks for the query: each flag is sent as its form field
 * {@code =1}, and the areas are OR-ed. There is no subject flag: subjects are covered by {@link
 * #CONTENTS} and {@link #TICKET_ID}.
 */
public enum SearchFlag {
  /** Subject, name, e-mail, ticket notes and the full-text index of post bodies. */
  CONTENTS("contents"),
  /** Ticket name / last replier / e-mail and post author name / e-mail. */
  AUTHOR("author"),
  /** Ticket and post e-mail addresses. */
  EMAIL("email"),
  /** The ticket's creator e-mail only. */
  CREATOR_EMAIL("creatoremail"),
  /** Ticket full name / last replier and post author name. */
  FULL_NAME("fullname"),
  /** Ticket note text. */
  NOTES("notes"),
  /** The query is a user-group id: tickets of users in that group. */
  USER_GROUP("usergroup"),
  /** Organisation name: tickets of users in matching organisations. */
  USER_ORGANIZATION("userorganization"),
  /** Users matching name or e-mail: their tickets. */
  USER("user"),
  /** Exact tag names (space-separated query). */
  TAGS("tags"),
  /** A numeric ticket id (or old merged id), else a substring of display id or subject. */
  TICKET_ID("ticketid"),
  /** Newer servers: match {@link #CONTENTS} as one phrase; not a search area by itself. */
  PHRASE("phrase");

  private final String formField;

  SearchFlag(String formField) {
    this.formField = formField;
  }

  /** The form field name Kayako reads, e.g. {@code creatoremail}. */
  public String formField() {
    return formField;
  }

  /** The flag for a form field name (case-insensitive), or null. */
  public static SearchFlag of(String formField) {
    for (SearchFlag f : values()) {
      if (f.formField.equalsIgnoreCase(formField)) {
        return f;
      }
    }
    return null;
  }
}
