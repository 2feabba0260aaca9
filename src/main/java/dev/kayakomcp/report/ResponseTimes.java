package dev.kayakomcp.report;

import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import java.util.List;

/** What a conversation tells that the list cannot: when staff first answered. */
public final class ResponseTimes {

  private ResponseTimes() {}

  /**
   * Seconds from the ticket's creation to the first public staff post after the opening post; null
   * when staff has not answered publicly yet. Private staff posts are internal and do not count;
   * neither does the opening post (a ticket opened by staff on the phone is not its own answer).
   */
  public static Long firstResponse(Ticket withPosts) {
    List<Post> posts = withPosts.posts();
    if (posts == null) {
      throw new IllegalArgumentException("ticket " + withPosts.id() + " was read without posts");
    }
    for (int i = 1; i < posts.size(); i++) {
      Post p = posts.get(i);
      if (p.creator() == PostCreator.STAFF && !p.isPrivate()) {
        return Math.max(0, p.dateline() - withPosts.creationTime());
      }
    }
    return null;
  }

  /**
   * Customer posts (customer or CC) after the last public staff post; all of them when staff never
   * answered publicly, the opening post included.
   */
  public static int unansweredCustomerPosts(Ticket withPosts) {
    int unanswered = 0;
    for (Post p : withPosts.posts()) {
      if (p.creator() == PostCreator.STAFF && !p.isPrivate()) {
        unanswered = 0;
      } else if (p.creator() == PostCreator.USER || p.creator() == PostCreator.CC) {
        unanswered++;
      }
    }
    return unanswered;
  }
}
