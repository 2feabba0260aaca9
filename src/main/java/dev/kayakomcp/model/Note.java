package dev.kayakomcp.model;

/**
 * A staff note. {@code ownerId} is the ticket, user or organisation id, as {@code type} says; a
 * note written under a free-text name has {@code creatorStaffId} 0. {@code noteColor}: 1 yellow, 2
 * purple, 3 blue, 4 green, 5 red.
 */
public record Note(
    NoteType type,
    int id,
    int ownerId,
    int noteColor,
    int creatorStaffId,
    int forStaffId,
    String creatorStaffName,
    long creationDate,
    String contents) {}
