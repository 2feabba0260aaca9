package dev.kayakomcp.emulator.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Real file contents for attachments: text logs, a PNG screenshot, a one-page PDF invoice, a CSV
 * export and a JSON API response. Each is built once and its base64 string shared by every
 * attachment that uses it, so 200,000 tickets do not hold 200,000 copies.
 */
final class AttachmentFactory {

  /** One shareable file: name, MIME type, decoded size and base64 contents. */
  record Blob(String fileName, String mimeType, long size, String base64) {
    static Blob of(String fileName, String mimeType, byte[] bytes) {
      return new Blob(fileName, mimeType, bytes.length, Base64.getEncoder().encodeToString(bytes));
    }
  }

  static final List<Blob> LOGS =
      List.of(
          Blob.of("application.log", "text/plain", utf8(log("INFO", "WARN", "ERROR"))),
          Blob.of("error.log", "text/plain", utf8(log("ERROR", "ERROR", "FATAL"))));
  static final List<Blob> PNGS =
      List.of(
          Blob.of("screenshot.png", "image/png", png(96, 64, 0xD9534F)),
          Blob.of("error-dialog.png", "image/png", png(120, 80, 0x4EAFCB)));
  static final List<Blob> PDFS =
      List.of(
          Blob.of("invoice-INV-2026-0412.pdf", "application/pdf", pdf("Invoice INV-2026-0412")),
          Blob.of("credit-note-CN-1187.pdf", "application/pdf", pdf("Credit note CN-1187")),
          Blob.of("quote-Q-5530.pdf", "application/pdf", pdf("Quote Q-5530, 50 seats")));
  static final List<Blob> CSVS =
      List.of(
          Blob.of("export.csv", "text/csv", utf8(csv(false))),
          Blob.of("export.csv", "text/csv", utf8(csv(true))));
  static final List<Blob> JSONS =
      List.of(Blob.of("response.json", "application/json", utf8(json())));

  /** The small file used as the value of file-type custom fields. */
  static final Blob CRASH_REPORT =
      Blob.of(
          "crash-report.txt",
          "text/plain",
          utf8("Exception in thread \"main\" java.lang.IllegalStateException: cache closed\n"));

  private AttachmentFactory() {}

  /** The files a customer of a theme with this kind of attachment may send. */
  static List<Blob> forKind(Themes.Attach kind) {
    return switch (kind) {
      case LOG -> LOGS;
      case PNG -> PNGS;
      case PDF -> PDFS.subList(0, 1); // customers send invoices; credit notes come from us
      case CSV -> CSVS;
      case JSON -> JSONS;
      case NONE -> List.of();
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String log(String a, String b, String c) {
    return "2026-03-03T09:14:02.117Z "
        + a
        + " [http-nio-8080-exec-4] c.e.sync.Worker - starting sync job id=8812\n"
        + "2026-03-03T09:14:03.552Z "
        + b
        + " [http-nio-8080-exec-4] c.e.sync.Client - retrying after 429 Too Many Requests"
        + " (attempt 2/5)\n"
        + "2026-03-03T09:14:09.004Z "
        + c
        + " [http-nio-8080-exec-4] c.e.sync.Worker - job failed: java.net.SocketTimeoutException:"
        + " Read timed out\n"
        + "\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)\n"
        + "\tat c.e.sync.Client.fetchPage(Client.java:212)\n"
        + "2026-03-03T09:14:09.010Z INFO  [main] c.e.sync.Scheduler - next run in 300 s\n";
  }

  private static String csv(boolean truncated) {
    StringBuilder b = new StringBuilder("id,name,email,created_at,plan,seats\n");
    if (truncated) {
      return b.toString();
    }
    String[] names = {"Émilie Roux", "Jan Kowalski", "Grace Okafor", "Lars Nyström", "Mei Chen"};
    for (int i = 0; i < names.length; i++) {
      b.append(1000 + i)
          .append(",\"")
          .append(names[i])
          .append("\",")
          .append(Names.localPart(names[i]))
          .append("@example.com,2026-0")
          .append(i + 1)
          .append("-1")
          .append(i)
          .append(",Business,")
          .append(5 * (i + 1))
          .append('\n');
    }
    return b.toString();
  }

  private static String json() {
    return "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Rate limit exceeded\",\n"
        + "    \"retry_after\": 30,\n    \"request_id\": \"7f3c9a1e\"\n  }\n}\n";
  }

  /** A truecolour PNG: a bar of {@code rgb} on a light grey background, like a dialog. */
  static byte[] png(int width, int height, int rgb) {
    byte[] raw = new byte[height * (1 + width * 3)];
    int p = 0;
    for (int y = 0; y < height; y++) {
      raw[p++] = 0; // filter: none
      for (int x = 0; x < width; x++) {
        boolean bar = y < height / 4;
        boolean frame = x == 0 || y == height - 1 || x == width - 1;
        int c = frame ? 0x555555 : bar ? rgb : 0xF0F0F0;
        raw[p++] = (byte) (c >> 16);
        raw[p++] = (byte) (c >> 8);
        raw[p++] = (byte) c;
      }
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!deflater.finished()) {
      idat.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, width);
    putInt(ihdr, 4, height);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: RGB
    chunk(out, "IHDR", ihdr);
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] len = new byte[4];
    putInt(len, 0, data.length);
    out.writeBytes(len);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    byte[] c = new byte[4];
    putInt(c, 0, (int) crc.getValue());
    out.writeBytes(c);
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  /** A one-page PDF 1.4 with the given title line, with a correct cross-reference table. */
  static byte[] pdf(String title) {
    String text =
        "BT /F1 18 Tf 72 760 Td ("
            + title
            + ") Tj ET\nBT /F1 11 Tf 72 730 Td (Example Software Ltd - 1 Example Way) Tj ET\n"
            + "BT /F1 11 Tf 72 700 Td (Business plan, 12 seats, annual: EUR 1,428.00) Tj ET\n";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + text.length() + " >>\nstream\n" + text + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    StringBuilder b = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = b.length(); // ASCII only, so chars equal bytes
      b.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = b.length();
    b.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int off : offsets) {
      b.append(String.format("%010d 00000 n \n", off));
    }
    b.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF");
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
