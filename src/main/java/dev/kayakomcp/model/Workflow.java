package dev.kayakomcp.model;

/** A workflow linked to a ticket. */
public record Workflow(int id, String title) {}
