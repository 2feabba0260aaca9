package dev.kayakomcp.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small {@code multipart/form-data} parser. Plain parts become {@link Params}; parts with a
 * {@code filename} become {@link UploadedFile}s, like PHP's split between {@code $_POST} and {@code
 * $_FILES}. Anything it cannot make sense of is skipped, never an error.
 */
public final class MultipartParser {

  /** An uploaded file part. */
  public record UploadedFile(String fileName, String contentType, byte[] bytes) {}

  /** The parsed body. */
  public record Result(Params fields, Map<String, UploadedFile> files) {}

  private MultipartParser() {}

  /** The boundary parameter of a {@code multipart/form-data} content type, or null. */
  public static String boundary(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = p.substring("boundary=".length());
        if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
          b = b.substring(1, b.length() - 1);
        }
        return b.isEmpty() ? null : b;
      }
    }
    return null;
  }

  public static Result parse(byte[] body, String boundary) {
    Params fields = Params.empty();
    Map<String, UploadedFile> files = new LinkedHashMap<>();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    while (pos >= 0) {
      int partStart = pos + delimiter.length;
      if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
        break;
      }
      partStart = skipLineBreak(body, partStart);
      int next = indexOf(body, delimiter, partStart);
      if (next < 0) {
        break;
      }
      int partEnd = next;
      // The CRLF before the next delimiter belongs to the delimiter, not the content.
      if (partEnd >= 2 && body[partEnd - 2] == '\r' && body[partEnd - 1] == '\n') {
        partEnd -= 2;
      } else if (partEnd >= 1 && body[partEnd - 1] == '\n') {
        partEnd -= 1;
      }
      readPart(Arrays.copyOfRange(body, partStart, Math.max(partStart, partEnd)), fields, files);
      pos = next;
    }
    return new Result(fields, files);
  }

  private static void readPart(byte[] part, Params fields, Map<String, UploadedFile> files) {
    int headerEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    int bodyStart = headerEnd + 4;
    if (headerEnd < 0) {
      headerEnd = indexOf(part, "\n\n".getBytes(StandardCharsets.ISO_8859_1), 0);
      bodyStart = headerEnd + 2;
    }
    if (headerEnd < 0) {
      return;
    }
    String headers = new String(part, 0, headerEnd, StandardCharsets.UTF_8);
    String name = null;
    String fileName = null;
    String type = "application/octet-stream";
    for (String line : headers.split("\r?\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        name = attribute(line, "name");
        fileName = attribute(line, "filename");
      } else if (lower.startsWith("content-type:")) {
        type = line.substring("content-type:".length()).strip();
      }
    }
    if (name == null || name.isEmpty()) {
      return;
    }
    byte[] content = Arrays.copyOfRange(part, bodyStart, part.length);
    if (fileName != null) {
      files.put(name, new UploadedFile(fileName, type, content));
    } else {
      fields.add(name, new String(content, StandardCharsets.UTF_8));
    }
  }

  private static String attribute(String header, String attr) {
    for (String piece : header.split(";")) {
      String p = piece.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(attr)) {
        String v = p.substring(eq + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  private static int skipLineBreak(byte[] b, int i) {
    if (i < b.length && b[i] == '\r') {
      i++;
    }
    if (i < b.length && b[i] == '\n') {
      i++;
    }
    return i;
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
