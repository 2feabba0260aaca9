package dev.kayakomcp.model;

import java.util.List;

/** An end user (customer). A user may have several e-mail addresses; the first is the primary. */
public record User(
    int id,
    int userGroupId,
    String userRole,
    int userOrganizationId,
    String salutation,
    long userExpiry,
    String fullName,
    List<String> emails,
    String designation,
    String phone,
    long dateline,
    long lastVisit,
    boolean enabled,
    String timezone,
    boolean enableDst,
    int slaPlanId,
    long slaPlanExpiry) {

  public User {
    emails = List.copyOf(emails);
  }
}
