package dev.kayakomcp.model;

/** A user group; {@code groupType} is {@code guest} or {@code registered}. */
public record UserGroup(int id, String title, String groupType, boolean master) {}
