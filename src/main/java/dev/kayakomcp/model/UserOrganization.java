package dev.kayakomcp.model;

/** A customer organisation; {@code organizationType} is {@code restricted} or {@code shared}. */
public record UserOrganization(
    int id,
    String name,
    String organizationType,
    String address,
    String city,
    String state,
    String postalCode,
    String country,
    String phone,
    String fax,
    String website,
    long dateline,
    long lastUpdate,
    int slaPlanId,
    long slaPlanExpiry) {}
