package dev.kayakomcp.report;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Runs a report's Kayako reads side by side on the server's bounded pool; {@link #join} rethrows a
 * task's failure as it was.
 */
public interface Runner {

  <T> Future<T> start(Callable<T> task);

  <T> T join(Future<T> future);
}
