package dev.kayakomcp.model;

import java.util.List;

/**
 * A ticket as Kayako returns it. Ids of department, status, priority, type and owner are raw ids to
 * resolve through the lookup tables. {@code posts} is null when the call does not return posts
 * (ListAll), and a list otherwise. Times are Unix seconds, 0 meaning not set.
 */
public record Ticket(
    int id,
    int flagType,
    String displayId,
    int departmentId,
    int statusId,
    int priorityId,
    int typeId,
    int userId,
    String userOrganization,
    int userOrganizationId,
    int ownerStaffId,
    String ownerStaffName,
    String fullName,
    String email,
    String lastReplier,
    String subject,
    long creationTime,
    long lastActivity,
    long lastStaffReply,
    long lastUserReply,
    int slaPlanId,
    long nextReplyDue,
    long resolutionDue,
    int replies,
    String ipAddress,
    int creator,
    int creationMode,
    int creationType,
    boolean escalated,
    int escalationRuleId,
    int templateGroupId,
    String tags,
    String templateGroupName,
    List<Watcher> watchers,
    List<Workflow> workflows,
    List<Note> notes,
    List<TimeTrack> timeTracks,
    List<Post> posts) {

  public Ticket {
    watchers = List.copyOf(watchers);
    workflows = List.copyOf(workflows);
    notes = List.copyOf(notes);
    timeTracks = List.copyOf(timeTracks);
    posts = posts == null ? null : List.copyOf(posts);
  }

  /** The same ticket with another post list (null: without posts). */
  public Ticket withPosts(List<Post> newPosts) {
    return new Ticket(
        id,
        flagType,
        displayId,
        departmentId,
        statusId,
        priorityId,
        typeId,
        userId,
        userOrganization,
        userOrganizationId,
        ownerStaffId,
        ownerStaffName,
        fullName,
        email,
        lastReplier,
        subject,
        creationTime,
        lastActivity,
        lastStaffReply,
        lastUserReply,
        slaPlanId,
        nextReplyDue,
        resolutionDue,
        replies,
        ipAddress,
        creator,
        creationMode,
        creationType,
        escalated,
        escalationRuleId,
        templateGroupId,
        tags,
        templateGroupName,
        watchers,
        workflows,
        notes,
        timeTracks,
        newPosts);
  }
}
