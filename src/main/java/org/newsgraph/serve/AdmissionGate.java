package org.newsgraph.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many expensive queries run at once. A query that finds no free permit within
 * {@link #WAIT_MILLIS} is answered 503 with {@code Retry-After}; cheap queries never wait here, so a
 * burst of expensive queries cannot starve them.
 */
final class AdmissionGate {
  static final long WAIT_MILLIS = 500;

  private final Semaphore permits;

  AdmissionGate(int maxConcurrentQueries) {
    this.permits = new Semaphore(maxConcurrentQueries, true);
  }

  /** Takes a permit, waiting briefly; false when none became free. */
  boolean enter() {
    try {
      return permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Returns a permit taken by {@link #enter()}. */
  void leave() {
    permits.release();
  }
}
