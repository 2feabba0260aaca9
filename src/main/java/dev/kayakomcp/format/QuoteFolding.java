package dev.kayakomcp.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Folds what repeats in e-mail conversations: quoted earlier replies ({@code >} lines, an "On …
 * wrote:" line before them, HTML blockquotes once converted to {@code >}) and the signature at the
 * end (after a {@code --} line, or a closing such as "Kind regards," followed by a short name
 * block). Each is replaced by one marker line saying how many lines were folded.
 */
public final class QuoteFolding {

  /** The text with folds, and how many lines each kind of fold removed. */
  public record Folded(String text, int quotedLines, int signatureLines) {}

  private static final Pattern WROTE =
      Pattern.compile("^(On|Am|Le|El) .{3,300}(wrote|schrieb|a écrit|escribió):\\s*$");
  private static final Pattern DELIMITER = Pattern.compile("^--\\s*$");
  private static final Pattern CLOSING =
      Pattern.compile(
          "(?i)^(kind regards|best regards|warm regards|regards|best wishes|best|thanks|thank"
              + " you|many thanks|cheers|sincerely|yours sincerely),?$");
  private static final Pattern SENT_FROM = Pattern.compile("(?i)^sent from my \\w+.*$");

  /** How far from the end a signature may start, in non-blank lines. */
  private static final int SIGNATURE_MAX_LINES = 6;

  private QuoteFolding() {}

  public static Folded fold(String text) {
    return fold(text, null);
  }

  /**
   * {@link #fold(String)}, also recognising {@code knownSignature} (a staff member's signature from
   * Kayako) at the end of the text even without a delimiter or closing.
   */
  public static Folded fold(String text, String knownSignature) {
    if (text == null || text.isBlank()) {
      return new Folded(text == null ? "" : text, 0, 0);
    }
    String[] lines = text.split("\n", -1);
    int n = lines.length;
    boolean[] quoted = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (lines[i].stripLeading().startsWith(">")) {
        quoted[i] = true;
      } else if (WROTE.matcher(lines[i].strip()).matches()) {
        // The attribution line joins the quote that follows it (blank lines in between allowed).
        int j = i + 1;
        while (j < n && lines[j].isBlank()) {
          j++;
        }
        if (j < n && lines[j].stripLeading().startsWith(">")) {
          quoted[i] = true;
        }
      }
    }
    // Blank lines inside one quoted block belong to it.
    for (int i = 1; i < n - 1; i++) {
      if (!quoted[i] && lines[i].isBlank() && quoted[i - 1]) {
        int j = i;
        while (j < n && lines[j].isBlank()) {
          j++;
        }
        if (j < n && quoted[j]) {
          for (int k = i; k < j; k++) {
            quoted[k] = true;
          }
        }
      }
    }
    // The signature: searched in what comes before any trailing quote.
    int end = n;
    while (end > 0 && (quoted[end - 1] || lines[end - 1].isBlank())) {
      end--;
    }
    int signatureStart = knownSignatureStart(lines, end, knownSignature);
    if (signatureStart < 0) {
      signatureStart = signatureStart(lines, quoted, end);
    }
    List<String> out = new ArrayList<>();
    int quotedCount = 0;
    int signatureCount = 0;
    int i = 0;
    while (i < n) {
      if (i == signatureStart) {
        int count = 0;
        for (int k = signatureStart; k < end; k++) {
          if (!lines[k].isBlank()) {
            count++;
          }
        }
        signatureCount = count;
        trimTrailingBlanks(out);
        out.add("");
        out.add("[signature folded: " + count + " lines]");
        i = end;
        continue;
      }
      if (quoted[i]) {
        int j = i;
        int count = 0;
        while (j < n && quoted[j]) {
          if (!lines[j].isBlank()) {
            count++;
          }
          j++;
        }
        quotedCount += count;
        trimTrailingBlanks(out);
        if (!out.isEmpty()) {
          out.add("");
        }
        out.add("[quoted earlier reply folded: " + count + " lines]");
        i = j;
        continue;
      }
      out.add(lines[i]);
      i++;
    }
    trimTrailingBlanks(out);
    return new Folded(String.join("\n", out), quotedCount, signatureCount);
  }

  private static int signatureStart(String[] lines, boolean[] quoted, int end) {
    int nonBlank = 0;
    int found = -1;
    for (int i = end - 1; i >= 0 && nonBlank < SIGNATURE_MAX_LINES; i--) {
      if (quoted[i]) {
        break;
      }
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (DELIMITER.matcher(line).matches()) {
        return i;
      }
      if (found < 0 && (CLOSING.matcher(line).matches() || SENT_FROM.matcher(line).matches())) {
        found = i;
      }
    }
    // A closing must leave a body above it and only a short name block below.
    if (found > 0 && hasTextBefore(lines, found) && shortBlock(lines, found + 1, end)) {
      return found;
    }
    return -1;
  }

  /** Where a known signature starts, when its lines are the last lines before {@code end}. */
  private static int knownSignatureStart(String[] lines, int end, String signature) {
    if (signature == null || signature.isBlank()) {
      return -1;
    }
    List<String> sig =
        signature
            .replace("\r\n", "\n")
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    int k = sig.size() - 1;
    int i = end - 1;
    while (i >= 0 && k >= 0) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        i--;
        continue;
      }
      if (!line.equals(sig.get(k))) {
        return -1;
      }
      k--;
      i--;
    }
    return k < 0 && hasTextBefore(lines, i + 1) ? i + 1 : -1;
  }

  private static boolean hasTextBefore(String[] lines, int index) {
    for (int i = 0; i < index; i++) {
      if (!lines[i].isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean shortBlock(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines[i].strip().length() > 80) {
        return false;
      }
    }
    return true;
  }

  private static void trimTrailingBlanks(List<String> out) {
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
  }
}
