package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.emulator.Helpdesk;
import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * Measures generation time and retained heap; not a unit test. Run in a fresh JVM per size, e.g.
 * {@code java -Xmx4g -cp target/classes:target/test-classes
 * dev.kayakomcp.emulator.dataset.DatasetGeneratorBench 500 20000 200000}. The first size is
 * measured cold, as the emulator's start-up would see it.
 */
public final class DatasetGeneratorBench {

  private DatasetGeneratorBench() {}

  public static void main(String[] args) {
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    for (String arg : args.length == 0 ? new String[] {"500"} : args) {
      int tickets = Integer.parseInt(arg);
      long start = System.nanoTime();
      Helpdesk h = DatasetGenerator.generate(42, tickets, now);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.gc();
      Runtime rt = Runtime.getRuntime();
      long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
      long posts = h.posts.values().stream().mapToLong(java.util.List::size).sum();
      System.out.printf(
          "tickets=%d posts=%d users=%d: %d ms, heap used after GC %d MiB (max %d MiB, up %d ms)%n",
          h.tickets.size(),
          posts,
          h.users.size(),
          millis,
          usedMb,
          rt.maxMemory() >> 20,
          ManagementFactory.getRuntimeMXBean().getUptime());
      h = null;
      System.gc();
    }
  }
}
