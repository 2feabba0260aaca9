package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.EmulatorSettings;
import dev.kayakomcp.emulator.Helpdesk;
import java.time.Clock;
import java.util.function.Supplier;

/** What every controller works on: the helpdesk, the admin settings and the clock. */
public record Context(Helpdesk helpdesk, EmulatorSettings settings, Clock clock) {

  /** Runs {@code body} under the helpdesk's read lock. */
  public <T> T read(Supplier<T> body) {
    helpdesk.lock.readLock().lock();
    try {
      return body.get();
    } finally {
      helpdesk.lock.readLock().unlock();
    }
  }

  /** Runs {@code body} under the helpdesk's write lock. */
  public <T> T write(Supplier<T> body) {
    helpdesk.lock.writeLock().lock();
    try {
      return body.get();
    } finally {
      helpdesk.lock.writeLock().unlock();
    }
  }

  /** Now in Unix seconds. */
  public long now() {
    return clock.instant().getEpochSecond();
  }
}
