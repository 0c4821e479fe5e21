package io.irplaybook.notify.service;

import java.time.Duration;

/**
 * How one delivery attempt ended.
 *
 * @param outcome what the dispatcher does next
 * @param detail a sentence for operators (status code, reason); never the URL or a secret
 * @param retryAfter the wait the receiver asked for (429/503 Retry-After), or null
 */
public record DeliveryResult(Outcome outcome, String detail, Duration retryAfter) {

  /** The dispatcher's next step for an attempt. */
  public enum Outcome {
    /** Accepted by the receiver. */
    DELIVERED,
    /** Temporary (5xx, 429, time-out, connection error): try again after a back-off. */
    RETRY,
    /** Permanent (400, 403, 404, a redirect, a refused destination): dead-letter now. */
    FAILED,
    /** 410 Gone: dead-letter and disable the channel. */
    GONE
  }

  public static DeliveryResult delivered(String detail) {
    return new DeliveryResult(Outcome.DELIVERED, detail, null);
  }

  public static DeliveryResult retry(String detail, Duration retryAfter) {
    return new DeliveryResult(Outcome.RETRY, detail, retryAfter);
  }

  public static DeliveryResult failed(String detail) {
    return new DeliveryResult(Outcome.FAILED, detail, null);
  }
}
