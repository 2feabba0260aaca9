package dev.kayakomcp.model;

/** One option of a select-like custom field; {@code parentOptionId} links linked-select levels. */
public record CustomFieldOption(
    int id,
    int customFieldId,
    String value,
    int displayOrder,
    boolean selected,
    int parentOptionId) {}
