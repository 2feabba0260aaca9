package dev.kayakomcp.text;

import dev.kayakomcp.format.PostView;
import dev.kayakomcp.format.QuoteFolding;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of one ticket, ready to analyse: posts converted from HTML, quoted earlier replies and
 * signatures folded away (so "Kind regards" never ranks or becomes a theme), split into what
 * customers wrote and what staff wrote.
 *
 * @param ticketId the ticket's numeric id
 * @param subject the subject
 * @param customerText every customer-side post (customers, cc, third parties), folded
 * @param staffText every public staff reply, folded
 * @param firstCustomerMessage the first customer-side post, folded ("" when none)
 * @param finalStaffReply the last public staff reply, folded ("" when none)
 */
public record TicketText(
    int ticketId,
    String subject,
    String customerText,
    String staffText,
    String firstCustomerMessage,
    String finalStaffReply) {

  private static final Pattern FOLD_MARKER =
      Pattern.compile("(?m)^\\[(quoted earlier reply|signature) folded: \\d+ lines\\]$");

  /** The text of a ticket; a ticket read without posts yields its subject alone. */
  public static TicketText of(Ticket ticket) {
    List<String> customer = new ArrayList<>();
    List<String> staff = new ArrayList<>();
    for (Post p : ticket.posts() == null ? List.<Post>of() : ticket.posts()) {
      if (p.creator() == PostCreator.STAFF && p.isPrivate()) {
        continue;
      }
      String text = clean(p);
      if (text.isEmpty()) {
        continue;
      }
      (p.creator() == PostCreator.STAFF ? staff : customer).add(text);
    }
    return new TicketText(
        ticket.id(),
        ticket.subject() == null ? "" : ticket.subject().strip(),
        String.join("\n\n", customer),
        String.join("\n\n", staff),
        customer.isEmpty() ? "" : customer.get(0),
        staff.isEmpty() ? "" : staff.get(staff.size() - 1));
  }

  /** Whether there is nothing to analyse: no subject and no post text. */
  public boolean isEmpty() {
    return subject.isBlank() && customerText.isBlank() && staffText.isBlank();
  }

  /** Subject and first customer message: what a ticket is about, for grouping. */
  public String opening() {
    return firstCustomerMessage.isEmpty() ? subject : subject + "\n\n" + firstCustomerMessage;
  }

  /** Subject and every post: the whole ticket, for ranking and similarity. */
  public String all() {
    return String.join("\n\n", subject, customerText, staffText).strip();
  }

  private static String clean(Post p) {
    String folded = QuoteFolding.fold(PostView.body(p)).text();
    return FOLD_MARKER.matcher(folded).replaceAll("").strip();
  }
}
