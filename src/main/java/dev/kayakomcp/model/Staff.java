package dev.kayakomcp.model;

/** A staff account (agent). */
public record Staff(
    int id,
    int staffGroupId,
    String firstName,
    String lastName,
    String fullName,
    String userName,
    String email,
    String designation,
    String greeting,
    String mobileNumber,
    boolean enabled,
    String timezone,
    boolean enableDst,
    String signature) {}
