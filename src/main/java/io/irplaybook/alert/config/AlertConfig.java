package io.irplaybook.alert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alert intake: the SIEMs allowed to post alerts to {@code POST /api/alerts/{source}}, how their
 * payloads map to a declaration, and the organisations a lookup may name. Secrets come from the
 * environment (a Kubernetes Secret), e.g. {@code IRP_ALERTS_SOURCES_SPLUNK_SECRET}.
 */
@ConfigMapping(prefix = "irp.alerts")
public interface AlertConfig {

  /** Named sources; the name is the last segment of the intake URL. */
  Map<String, Source> sources();

  /** Organisation profiles an alert's lookup value names, by key. */
  Map<String, Organization> organizations();

  /**
   * How long after an alert declared an incident a repeat of it (same fingerprint) is attached to
   * that incident's timeline instead of declaring another.
   */
  @WithDefault("24h")
  Duration dedupWindow();

  /** How far a {@code webhook-timestamp} may be from the service's clock, either way. */
  @WithDefault("5m")
  Duration timestampTolerance();

  /**
   * How long an accepted {@code webhook-id} is kept to refuse a replay of it. A replay older than
   * {@link #timestampTolerance} is refused for its timestamp anyway, so the purge never keeps less
   * than twice the tolerance, whatever this says.
   */
  @WithDefault("7d")
  Duration receiptRetention();

  /** How often receipts older than the retention are deleted ({@code off} stops it). */
  @WithDefault("1h")
  String receiptPurgeInterval();

  /** One SIEM or relay that posts alerts. */
  interface Source {

    /** {@code splunk}, {@code elastic}, {@code sentinel} or {@code generic}: the payload shape. */
    AlertFormat format();

    /**
     * Standard Webhooks secrets ({@code whsec_<base64>}), comma-separated; a request signed with
     * any of them is accepted (rotation).
     */
    List<String> secret();

    /** The scenario every alert of this source declares (a generic alert may name its own). */
    Optional<String> scenario();

    /**
     * Dotted path of the payload field whose value is the organisation key, e.g. {@code
     * result.customer} for Splunk. Unset: {@link #organization()} alone decides.
     */
    Optional<String> organizationField();

    /** The organisation key used when the lookup field is unset, absent or empty. */
    Optional<String> organization();

    /**
     * The alert's own severity value (lower-cased) mapped to ours ({@code low}, {@code medium},
     * {@code high}, {@code critical}), e.g. {@code severity-map.informational=low}. Values our own
     * names already match need no entry.
     */
    Map<String, String> severityMap();

    /** The severity of an alert that carries none, or one neither mapped nor ours. */
    @WithDefault("high")
    String defaultSeverity();

    /** The kind recorded for each affected host. */
    @WithDefault("host")
    String assetKind();

    /** Requests this source may send per minute (per replica); more are answered 429. */
    @WithDefault("120")
    int rateLimit();
  }

  /** An organisation profile, the {@code organization} object of a declaration. */
  interface Organization {

    String name();

    int employees();

    Optional<String> industry();

    /** Jurisdiction codes, comma-separated, e.g. {@code JP,EU}. */
    Optional<List<String>> jurisdictions();

    /** Whether personal data may be concerned; unset while nobody knows. */
    Optional<Boolean> personalData();

    @WithDefault("en")
    String locale();

    /** IANA time zone the communications show dates in. */
    Optional<String> timeZone();

    /** The contact point communications give. */
    Optional<String> contact();
  }

  /** The payload shapes intake reads. */
  enum AlertFormat {
    SPLUNK,
    ELASTIC,
    SENTINEL,
    GENERIC
  }
}
