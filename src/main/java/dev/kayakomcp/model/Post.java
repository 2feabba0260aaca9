package dev.kayakomcp.model;

import java.util.List;

/** One message in a ticket's conversation. {@code contents} is HTML when {@code html} is true. */
public record Post(
    int id,
    int ticketId,
    long dateline,
    int userId,
    String fullName,
    String email,
    String emailTo,
    String ipAddress,
    boolean hasAttachments,
    PostCreator creator,
    boolean thirdParty,
    boolean html,
    boolean emailed,
    int staffId,
    boolean surveyComment,
    String contents,
    boolean isPrivate,
    List<Attachment> attachments) {

  public Post {
    attachments = List.copyOf(attachments);
  }
}
