package dev.kayakomcp.model;

/**
 * A custom field's value on one ticket, as Kayako returns it: option texts for selects, {@code ",
 * "}-joined texts for multi-values, {@code Parent > Child} for linked selects, base64 for files
 * (with {@code fileName}). An unset field has an empty value.
 */
public record CustomFieldValue(
    int id, String title, int type, String name, String fileName, String value) {}
