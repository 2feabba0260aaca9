package dev.kayakomcp.model;

/** A staff member watching a ticket. */
public record Watcher(int staffId, String name) {}
