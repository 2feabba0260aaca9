package dev.kayakomcp.emulator;

/** STUB. */
public class EmulatorOptions {
  public static EmulatorOptions defaults() {
    return new EmulatorOptions();
  }
}
