package dev.kayakomcp.tools;

import dev.kayakomcp.client.CallDeadline;
import dev.kayakomcp.client.KayakoApiException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs a tool's independent Kayako calls side by side on a bounded pool. */
public final class Parallel {

  /** A Kayako call to run on the pool. */
  @FunctionalInterface
  public interface ApiCall<T> {
    T call() throws Exception;
  }

  private final ExecutorService pool;
  private final Progress progress;

  public Parallel(ExecutorService pool) {
    this(pool, Progress.NONE);
  }

  private Parallel(ExecutorService pool, Progress progress) {
    this.pool = pool;
    this.progress = progress;
  }

  /** The same pool; each successful {@link #join} reports a step to {@code progress}. */
  public Parallel withProgress(Progress progress) {
    return new Parallel(pool, progress);
  }

  /** Starts a call; {@link #join} waits for it and rethrows its failure as it was. */
  public <T> Future<T> start(ApiCall<T> call) {
    // The tool call's deadline travels with the task to the pool thread.
    return pool.submit(CallDeadline.propagate(call::call));
  }

  public <T> T join(Future<T> future) throws KayakoApiException {
    try {
      T value = future.get();
      progress.step("Kayako call finished");
      return value;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new CompletionException("interrupted while waiting for Kayako", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof KayakoApiException k) {
        throw k;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new CompletionException(cause);
    }
  }

  private static Runnable propagate(Runnable r) {
    java.util.concurrent.Callable<Object> c =
        CallDeadline.propagate(
            () -> {
              r.run();
              return null;
            });
    return () -> {
      try {
        c.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    };
  }
}
