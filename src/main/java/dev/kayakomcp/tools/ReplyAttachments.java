package dev.kayakomcp.tools;

import dev.kayakomcp.client.NewAttachment;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The {@code attachments} argument of a reply, parsed into files Kayako can take, or refused with
 * what a valid one looks like.
 */
final class ReplyAttachments {

  /** Kayako takes at most ten files with one post. */
  static final int MAX_FILES = 10;

  /**
   * Decoded bytes of all files together. Kayako has no API limit, but an MCP message to this server
   * is at most 4 MB and base64 adds a third, so more could not arrive whole anyway.
   */
  static final int MAX_TOTAL_BYTES = 2 * 1024 * 1024;

  private static final String SHAPE =
      "{\"file_name\": \"report.pdf\", \"content_base64\": \"<the file's bytes in standard base64>\"}";

  private ReplyAttachments() {}

  static List<NewAttachment> parse(Object raw) {
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> list)) {
      throw new ToolArgumentException("'attachments' must be a list of " + SHAPE + ".");
    }
    if (list.size() > MAX_FILES) {
      throw new ToolArgumentException(
          "At most " + MAX_FILES + " attachments can go with one reply, not " + list.size() + ".");
    }
    List<NewAttachment> files = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw new ToolArgumentException("attachments[" + i + "] must be " + SHAPE + ".");
      }
      String name = m.get("file_name") == null ? "" : String.valueOf(m.get("file_name")).strip();
      if (name.isEmpty() || name.length() > 255 || name.matches(".*[/\\\\\\x00-\\x1f].*")) {
        throw new ToolArgumentException(
            "attachments["
                + i
                + "].file_name must be a file name of 1 to 255 characters without '/' or '\\',"
                + " e.g. report.pdf.");
      }
      String content =
          m.get("content_base64") == null
              ? ""
              : String.valueOf(m.get("content_base64")).replaceAll("\\s+", "");
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        bytes = null;
      }
      if (bytes == null || bytes.length == 0) {
        throw new ToolArgumentException(
            "attachments["
                + i
                + "] ('"
                + name
                + "'): content_base64 must be the file's bytes in standard base64 (A-Z, a-z, 0-9,"
                + " '+', '/', '=' padding), not empty"
                + (bytes == null ? " and not '" + abbreviate(content) + "'." : "."));
      }
      total += bytes.length;
      if (total > MAX_TOTAL_BYTES) {
        throw new ToolArgumentException(
            "The attachments come to more than "
                + MAX_TOTAL_BYTES / (1024 * 1024)
                + " MB (decoded) at attachments["
                + i
                + "] ('"
                + name
                + "'); one reply carries at most that much. Send the rest in another reply.");
      }
      files.add(new NewAttachment(name, content));
    }
    return files;
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
