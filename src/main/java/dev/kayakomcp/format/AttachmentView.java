package dev.kayakomcp.format;

import dev.kayakomcp.model.Attachment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Attachment metadata, and what kind of file each is: text, image or another file. */
public final class AttachmentView {

  /** How a file can be returned: as text, as an image, or as an embedded file. */
  public enum Kind {
    TEXT,
    IMAGE,
    FILE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final List<String> TEXT_EXTENSIONS =
      List.of(
          ".txt",
          ".log",
          ".csv",
          ".tsv",
          ".json",
          ".xml",
          ".md",
          ".yaml",
          ".yml",
          ".ini",
          ".conf",
          ".cfg",
          ".properties",
          ".eml",
          ".html",
          ".htm",
          ".ndjson",
          ".sql",
          ".sh");

  private AttachmentView() {}

  /** The kind, from the MIME type and, for generic types, the file name. */
  public static Kind kind(Attachment a) {
    String type = a.fileType() == null ? "" : a.fileType().toLowerCase(Locale.ROOT).strip();
    String name = a.fileName() == null ? "" : a.fileName().toLowerCase(Locale.ROOT);
    if (type.startsWith("image/") && !type.equals("image/svg+xml")) {
      return Kind.IMAGE;
    }
    if (type.startsWith("text/")
        || type.endsWith("/json")
        || type.endsWith("+json")
        || type.endsWith("/xml")
        || type.endsWith("+xml")
        || type.equals("application/csv")
        || type.equals("application/x-ndjson")
        || TEXT_EXTENSIONS.stream().anyMatch(name::endsWith)) {
      return Kind.TEXT;
    }
    return Kind.FILE;
  }

  public static Map<String, Object> structured(Attachment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("post_id", a.ticketPostId());
    m.put("file_name", a.fileName());
    m.put("file_type", a.fileType());
    m.put("size_bytes", a.fileSize());
    m.put("size", PostView.size(a.fileSize()));
    m.put("created_at", Times.iso(a.dateline()));
    m.put("kind", kind(a).label());
    return m;
  }

  public static String markdown(Attachment a) {
    return "- "
        + a.fileName()
        + " ("
        + a.fileType()
        + ", "
        + PostView.size(a.fileSize())
        + ", "
        + kind(a).label()
        + ") — attachment id "
        + a.id()
        + (a.ticketPostId() > 0 ? ", post " + a.ticketPostId() : "")
        + "\n";
  }
}
