package dev.kayakomcp.model;

/** A time-tracking (billing) entry; times worked and billable are in seconds. */
public record TimeTrack(
    int id,
    int ticketId,
    long timeWorked,
    long timeBillable,
    long billDate,
    long workDate,
    int workerStaffId,
    String workerStaffName,
    int creatorStaffId,
    String creatorStaffName,
    int noteColor,
    String contents) {}
