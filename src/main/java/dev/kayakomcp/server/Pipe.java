package dev.kayakomcp.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory byte pipe for running a client and the server in one process. Unlike {@code
 * PipedInputStream} it does not break when the thread that last wrote ends, which pooled threads
 * do.
 */
public final class Pipe {

  private static final byte[] END = new byte[0];

  private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private final Input input = new Input();
  private final Output output = new Output();

  public InputStream input() {
    return input;
  }

  public OutputStream output() {
    return output;
  }

  private final class Output extends OutputStream {
    private volatile boolean closed;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("pipe closed");
      }
      if (len > 0) {
        chunks.add(Arrays.copyOfRange(b, off, off + len));
      }
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        chunks.add(END);
      }
    }
  }

  private final class Input extends InputStream {
    private byte[] current = new byte[0];
    private int pos;
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pos >= current.length) {
        if (ended) {
          return -1;
        }
        try {
          current = chunks.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        pos = 0;
        if (current == END) {
          ended = true;
          return -1;
        }
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public int available() {
      return current.length - pos;
    }

    @Override
    public void close() {
      ended = true;
    }
  }
}
