package dev.kayakomcp.model;

/** A staff team. */
public record StaffGroup(int id, String title, boolean admin) {}
