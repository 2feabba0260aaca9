package dev.kayakomcp.model;

/**
 * A custom field definition. {@code fieldType}: 1 text, 2 textarea, 3 password, 4 checkbox, 5
 * radio, 6 select, 7 multi-select, 8 custom, 9 linked select, 10 date, 11 file. {@code groupType}
 * says where the field's group is shown (3 staff ticket, 4 user ticket, 9 staff+user ticket, ...).
 */
public record CustomField(
    int id,
    int groupId,
    String title,
    int fieldType,
    String fieldName,
    String defaultValue,
    boolean required,
    boolean userEditable,
    boolean staffEditable,
    String regexpValidate,
    int displayOrder,
    boolean encryptInDb,
    String description,
    int groupType) {}
