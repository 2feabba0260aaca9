package dev.kayakomcp.format;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Note;
import java.util.LinkedHashMap;
import java.util.Map;

/** Staff notes for agents: author, time, colour, who the note is for, text. */
public final class NoteView {

  /** A single note longer than this is shortened with a marker. */
  public static final int MAX_NOTE_CHARS = 4_000;

  private final Directory directory;
  private final Times times;

  public NoteView(Directory directory, Times times) {
    this.directory = directory;
    this.times = times;
  }

  public static String color(int code) {
    return switch (code) {
      case 2 -> "purple";
      case 3 -> "blue";
      case 4 -> "green";
      case 5 -> "red";
      default -> "yellow";
    };
  }

  private String author(Note n) {
    if (n.creatorStaffName() != null && !n.creatorStaffName().isBlank()) {
      return n.creatorStaffName();
    }
    String s = directory.staffName(n.creatorStaffId());
    return s == null ? "unknown" : s;
  }

  public Map<String, Object> structured(Note n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("created_at", Times.iso(n.creationDate()));
    m.put("author", author(n));
    m.put("author_staff_id", n.creatorStaffId());
    m.put("color", color(n.noteColor()));
    m.put("for_staff_id", n.forStaffId());
    m.put("for_staff", directory.staffName(n.forStaffId()));
    m.put("contents", text(n));
    return m;
  }

  public String markdown(Note n) {
    StringBuilder sb = new StringBuilder("### Note by ").append(author(n));
    sb.append(" (").append(color(n.noteColor())).append(")");
    if (n.forStaffId() > 0) {
      sb.append(" — for ").append(directory.staffName(n.forStaffId()));
    }
    sb.append("\n").append(times.both(n.creationDate())).append(" · note ").append(n.id());
    sb.append("\n\n").append(text(n).isBlank() ? "(empty note)" : text(n)).append("\n");
    return sb.toString();
  }

  private static String text(Note n) {
    String raw = n.contents() == null ? "" : n.contents();
    String md = raw.contains("<") && raw.contains(">") ? HtmlToMarkdown.convert(raw) : raw.strip();
    return TextShortener.shorten(md, MAX_NOTE_CHARS);
  }
}
