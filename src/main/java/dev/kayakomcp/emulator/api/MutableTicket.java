package dev.kayakomcp.emulator.api;

import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket being changed: the record's components as plain fields, so a write can change a few and
 * rebuild the immutable record. Notes, time tracks and posts are not here; the helpdesk keeps them
 * in their own maps.
 */
final class MutableTicket {
  int id;
  int flagType;
  String displayId = "";
  int departmentId;
  int statusId;
  int priorityId;
  int typeId;
  int userId;
  String userOrganization = "";
  int userOrganizationId;
  int ownerStaffId;
  String ownerStaffName = "";
  String fullName = "";
  String email = "";
  String lastReplier = "";
  String subject = "";
  long creationTime;
  long lastActivity;
  long lastStaffReply;
  long lastUserReply;
  int slaPlanId;
  long nextReplyDue;
  long resolutionDue;
  int replies;
  String ipAddress = "";
  int creator;
  int creationMode;
  int creationType;
  boolean escalated;
  int escalationRuleId;
  int templateGroupId;
  String tags = "";
  String templateGroupName;
  List<Watcher> watchers = new ArrayList<>();
  List<Workflow> workflows = new ArrayList<>();

  static MutableTicket of(Ticket t) {
    MutableTicket m = new MutableTicket();
    m.id = t.id();
    m.flagType = t.flagType();
    m.displayId = t.displayId();
    m.departmentId = t.departmentId();
    m.statusId = t.statusId();
    m.priorityId = t.priorityId();
    m.typeId = t.typeId();
    m.userId = t.userId();
    m.userOrganization = t.userOrganization();
    m.userOrganizationId = t.userOrganizationId();
    m.ownerStaffId = t.ownerStaffId();
    m.ownerStaffName = t.ownerStaffName();
    m.fullName = t.fullName();
    m.email = t.email();
    m.lastReplier = t.lastReplier();
    m.subject = t.subject();
    m.creationTime = t.creationTime();
    m.lastActivity = t.lastActivity();
    m.lastStaffReply = t.lastStaffReply();
    m.lastUserReply = t.lastUserReply();
    m.slaPlanId = t.slaPlanId();
    m.nextReplyDue = t.nextReplyDue();
    m.resolutionDue = t.resolutionDue();
    m.replies = t.replies();
    m.ipAddress = t.ipAddress();
    m.creator = t.creator();
    m.creationMode = t.creationMode();
    m.creationType = t.creationType();
    m.escalated = t.escalated();
    m.escalationRuleId = t.escalationRuleId();
    m.templateGroupId = t.templateGroupId();
    m.tags = t.tags();
    m.templateGroupName = t.templateGroupName();
    m.watchers = new ArrayList<>(t.watchers());
    m.workflows = new ArrayList<>(t.workflows());
    return m;
  }

  Ticket build() {
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
        List.of(),
        List.of(),
        null);
  }
}
