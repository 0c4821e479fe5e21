package io.irplaybook.security.service;

import io.irplaybook.security.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Counts failed sign-ins per source address and per user name in fixed windows, and refuses further
 * attempts once a count reaches its limit, before any password is hashed: a refused attempt costs a
 * map lookup instead of a bcrypt check. Counts live in this instance's memory, so each replica
 * throttles on its own (the limits are per replica). Ended windows are handed to {@link
 * SignInAudit} as one aggregate record each, instead of one audit record per failed attempt.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Names kept per address window for the audit record; more are only counted. */
  static final int NAMES_KEPT = 10;

  /** Longest user name kept as a key or in a record; a longer one is cut. */
  static final int NAME_LENGTH = 100;

  private final Clock clock;
  private final SecurityConfig.Throttle config;
  private final Map<Key, Window> windows = new ConcurrentHashMap<>();
  private final Queue<Ended> ended = new ConcurrentLinkedQueue<>();

  SignInThrottle(Clock clock, SecurityConfig config) {
    this.clock = clock;
    this.config = config.throttle();
  }

  /** What is counted: a source address or a user name. */
  record Key(Kind kind, String value) {}

  enum Kind {
    ADDRESS,
    USER
  }

  /** One window's count for one key, as {@link SignInAudit} records it once the window ended. */
  record Ended(
      Kind kind,
      String value,
      Instant start,
      Instant end,
      int failures,
      int refused,
      List<String> names,
      List<String> methods) {}

  /**
   * How long to wait before trying again when the address or the user name has used up its failed
   * attempts in the current window; empty when the attempt may go ahead. A refusal is counted for
   * the audit record.
   */
  public Optional<Duration> refusal(String address, String username) {
    Instant now = clock.instant();
    Duration length = config.window();
    Duration[] wait = {null};
    for (Key key : keys(address, username)) {
      // All changes to a window happen inside the map's per-key compute, so they never interleave.
      windows.computeIfPresent(
          key,
          (k, window) -> {
            if (!window.endsBefore(now, length) && window.failures >= limit(k.kind())) {
              window.refused++;
              Duration left = Duration.between(now, window.start.plus(length));
              if (wait[0] == null || left.compareTo(wait[0]) > 0) {
                wait[0] = left;
              }
            }
            return window;
          });
    }
    return Optional.ofNullable(wait[0]);
  }

  /** Counts a failed attempt (wrong password, unknown user, unknown token) against both keys. */
  public void failed(String address, String username, String method) {
    Instant now = clock.instant();
    Duration length = config.window();
    for (Key key : keys(address, username)) {
      windows.compute(
          key,
          (k, window) -> {
            if (window != null && window.endsBefore(now, length)) {
              ended.add(window.ended(k, length));
              window = null;
            }
            Window current = window == null ? new Window(now) : window;
            current.failures++;
            if (k.kind() == Kind.ADDRESS) {
              current.remember(username, method);
            }
            return current;
          });
    }
  }

  /** Removes and answers every window that has ended, for the audit trail. */
  public List<Ended> collectEnded() {
    Instant now = clock.instant();
    Duration length = config.window();
    for (Key key : List.copyOf(windows.keySet())) {
      windows.computeIfPresent(
          key,
          (k, window) -> {
            if (!window.endsBefore(now, length)) {
              return window;
            }
            ended.add(window.ended(k, length));
            return null;
          });
    }
    List<Ended> collected = new ArrayList<>();
    for (Ended e; (e = ended.poll()) != null; ) {
      collected.add(e);
    }
    return collected;
  }

  private int limit(Kind kind) {
    return kind == Kind.ADDRESS ? config.failuresPerAddress() : config.failuresPerUser();
  }

  private static List<Key> keys(String address, String username) {
    List<Key> keys = new ArrayList<>(2);
    keys.add(new Key(Kind.ADDRESS, address == null ? "unknown" : address));
    if (username != null && !username.isBlank()) {
      keys.add(new Key(Kind.USER, cut(username.strip())));
    }
    return keys;
  }

  static String cut(String name) {
    return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
  }

  private static final class Window {
    final Instant start;
    int failures;
    int refused;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> methods = new LinkedHashSet<>();

    Window(Instant start) {
      this.start = start;
    }

    boolean endsBefore(Instant now, Duration length) {
      return !now.isBefore(start.plus(length));
    }

    void remember(String username, String method) {
      if (username != null && !username.isBlank() && names.size() < NAMES_KEPT) {
        names.add(cut(username.strip()));
      }
      methods.add(method);
    }

    Ended ended(Key key, Duration length) {
      return new Ended(
          key.kind(),
          key.value(),
          start,
          start.plus(length),
          failures,
          refused,
          List.copyOf(names),
          List.copyOf(methods));
    }
  }
}
