package dev.kayakomcp.format;

import dev.kayakomcp.model.Ticket;
import java.util.List;

/** A queue of tickets as Markdown: its title, how many, then one summary per ticket. */
public final class QueueView {

  private QueueView() {}

  /**
   * @param title the queue's title
   * @param what one sentence saying what the queue holds
   * @param tickets the tickets shown, newest activity first
   * @param complete false when the queue holds more than {@code tickets}
   * @param view renders each ticket
   * @param now the server time, as the other answers state it
   */
  public static String markdown(
      String title,
      String what,
      List<Ticket> tickets,
      boolean complete,
      TicketView view,
      String now) {
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    sb.append(what).append(" Server time: ").append(now).append(".\n");
    if (tickets.isEmpty()) {
      return sb.append("\nNo tickets.\n").toString();
    }
    sb.append(complete ? "" : "The newest ")
        .append(tickets.size())
        .append(tickets.size() == 1 ? " ticket" : " tickets")
        .append(complete ? "." : " are shown.")
        .append("\n\n");
    for (Ticket t : tickets) {
      sb.append(view.summaryMarkdown(t)).append('\n');
    }
    return sb.toString();
  }
}
