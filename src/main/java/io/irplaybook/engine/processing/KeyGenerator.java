package io.irplaybook.engine.processing;

/**
 * Hands out keys the way a single-partition Zeebe does: partition id 1 in the top bits, a counter
 * below, so keys look like the ones clients see from Camunda 8.
 */
public final class KeyGenerator {

  private static final long PARTITION_BITS = 1L << 51;
  private long counter;

  /** Continues after the highest key stored, so no key is handed out twice across restarts. */
  public void continueAfter(long highestKey) {
    counter = Math.max(counter, highestKey & (PARTITION_BITS - 1));
  }

  public long next() {
    return PARTITION_BITS + ++counter;
  }

  /** The highest key handed out so far. */
  public long watermark() {
    return counter == 0 ? 0 : PARTITION_BITS + counter;
  }
}
