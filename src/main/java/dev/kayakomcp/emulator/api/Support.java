package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.http.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small helpers shared by controllers: common texts, MySQL-like id casts, CSV id lists. */
final class Support {

  static final String REQUIRED_EMPTY = "One of the required fields is empty";

  /** The internal message after "... Load Failed: " (the real one is unverified). */
  static final String INVALID_DATA = "Invalid data provided";

  static final Map<String, String> MIME =
      Map.ofEntries(
          Map.entry("txt", "text/plain"),
          Map.entry("log", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("htm", "text/html"),
          Map.entry("html", "text/html"),
          Map.entry("xml", "text/xml"),
          Map.entry("json", "application/json"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("gz", "application/x-gzip"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("bmp", "image/bmp"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("eml", "message/rfc822"));

  private Support() {}

  /**
   * What MySQL makes of a raw path value compared with an integer column: its leading integer, so a
   * display id such as {@code QXV-418-20573} becomes 0 and matches nothing.
   */
  static int rawId(String value) {
    return Params.intval(value);
  }

  /**
   * Kayako's comma-list parsing: one numeric value gives that id, a value with commas its numeric
   * parts, anything else id 0.
   */
  static List<Integer> csvIds(String value) {
    List<Integer> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    if (value.contains(",")) {
      for (String part : value.split(",")) {
        String t = part.strip();
        if (Params.isNumeric(t)) {
          ids.add(Integer.parseInt(t));
        }
      }
    } else if (Params.isNumeric(value.strip())) {
      ids.add(Integer.parseInt(value.strip()));
    } else {
      ids.add(0);
    }
    return ids;
  }

  static String mimeType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return "application/octet-stream";
    }
    return MIME.getOrDefault(
        fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
  }

  static boolean containsIgnoreCase(String haystack, String needle) {
    return haystack != null
        && !needle.isEmpty()
        && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  static boolean looksLikeEmail(String s) {
    return s != null && s.length() <= 150 && s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }
}
