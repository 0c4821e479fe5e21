package io.irplaybook.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who reads what arrives on a channel. A playbook's send step names the class it is meant for (task
 * header {@code channel-class}) and reaches only channels configured with that class, so an
 * executive brief cannot land on a customer mailing list because both are among the incident's
 * channels.
 */
public enum ChannelClass {
  /** Responders, staff and executives of the organisation. */
  INTERNAL,
  /** Customers and other affected people outside the organisation. */
  CUSTOMER,
  /** Supervisory authorities. */
  REGULATOR,
  /** Peers, ISPs and partners who share credentials or connections with the organisation. */
  PEER;

  /** The name used in configuration and task headers. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The class named by {@code value} ({@code internal}, {@code customer}, {@code regulator}, {@code
   * peer}).
   *
   * @throws IllegalArgumentException naming the known classes when {@code value} is none of them
   */
  public static ChannelClass parse(String value) {
    for (ChannelClass c : values()) {
      if (c.label().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "Expected a channel class ("
            + Arrays.stream(values()).map(ChannelClass::label).collect(Collectors.joining(", "))
            + "), but it was '"
            + value
            + "'");
  }
}
