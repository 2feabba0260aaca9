package dev.kayakomcp.cli;

/** STUB. */
@picocli.CommandLine.Command(name = "emulator")
public class EmulatorCommand implements java.util.concurrent.Callable<Integer> {
  public Integer call() {
    return 0;
  }
}
