package dev.kayakomcp.emulator;

/** STUB. */
public class KayakoEmulator implements AutoCloseable {
  public static KayakoEmulator start(EmulatorOptions o) {
    return new KayakoEmulator();
  }

  public Helpdesk helpdesk() {
    return null;
  }

  public String apiUrl() {
    return "";
  }

  public String apiKey() {
    return "";
  }

  public String secretKey() {
    return "";
  }

  @Override
  public void close() {}
}
