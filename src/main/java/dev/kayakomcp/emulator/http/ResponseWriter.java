package dev.kayakomcp.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends an {@link ApiResponse} on an exchange, optionally throttled to a byte rate or cut off
 * half-way (the connection is then closed with bytes still owed).
 */
public final class ResponseWriter {

  private ResponseWriter() {}

  public static void send(HttpExchange ex, ApiResponse r) throws IOException {
    send(ex, r, 0, false);
  }

  /**
   * @param bytesPerSecond 0 for full speed
   * @param cut stop after half the body and drop the connection
   */
  public static void send(HttpExchange ex, ApiResponse r, int bytesPerSecond, boolean cut)
      throws IOException {
    byte[] body = r.body();
    if (r.contentType() != null) {
      ex.getResponseHeaders().set("Content-Type", r.contentType());
    }
    // -1 means "no body" (Content-Length: 0); 0 would mean chunked.
    ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
    if (body.length == 0) {
      return;
    }
    int limit = cut ? Math.max(1, body.length / 2) : body.length;
    OutputStream out = ex.getResponseBody();
    if (bytesPerSecond <= 0) {
      out.write(body, 0, limit);
    } else {
      // Ten slices a second keep the rate smooth without a busy loop.
      int slice = Math.max(1, bytesPerSecond / 10);
      for (int off = 0; off < limit; off += slice) {
        out.write(body, off, Math.min(slice, limit - off));
        out.flush();
        sleep(1000L * Math.min(slice, limit - off) / bytesPerSecond);
      }
    }
    out.flush();
    if (cut) {
      throw new CutConnection();
    }
  }

  /** Signals that the body was deliberately left incomplete. */
  public static final class CutConnection extends IOException {
    private static final long serialVersionUID = 1L;

    CutConnection() {
      super("connection cut on purpose", null);
    }
  }

  static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
