package dev.kayakomcp.client;

/**
 * A reply to add with {@link KayakoClient#addPost}: written either by a staff member ({@code
 * staffId}, optionally private) or by a user ({@code userId}); the other id is 0.
 */
public record NewPost(int ticketId, String contents, int staffId, int userId, boolean isPrivate) {

  public NewPost {
    if (ticketId <= 0) {
      throw new IllegalArgumentException("ticketId must be a positive numeric ticket id");
    }
    if (contents == null || contents.isBlank()) {
      throw new IllegalArgumentException("contents must not be empty");
    }
    if ((staffId > 0) == (userId > 0)) {
      throw new IllegalArgumentException("exactly one of staffId and userId must be set");
    }
    if (isPrivate && staffId <= 0) {
      throw new IllegalArgumentException("only staff replies can be private");
    }
  }

  public static NewPost byStaff(int ticketId, int staffId, String contents, boolean isPrivate) {
    return new NewPost(ticketId, contents, staffId, 0, isPrivate);
  }

  public static NewPost byUser(int ticketId, int userId, String contents) {
    return new NewPost(ticketId, contents, 0, userId, false);
  }
}
