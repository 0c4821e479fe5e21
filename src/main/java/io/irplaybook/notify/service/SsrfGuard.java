package io.irplaybook.notify.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses destinations that would let a configured URL reach into the service's own network:
 * loopback, private, link-local (cloud metadata 169.254.169.254), carrier-grade NAT, multicast,
 * unspecified and reserved addresses, and their IPv6 forms (ULA, link-local, IPv4-mapped, NAT64,
 * 6to4). It judges the <em>resolved</em> addresses, so numeric encodings ({@code 2130706433},
 * {@code 127.1}) and names that resolve inside are refused like the plain address. Allow-listed
 * hosts or addresses pass.
 */
public final class SsrfGuard {

  /** Name resolution, replaceable so tests can make a name resolve anywhere. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowed;
  private final Resolver resolver;

  public SsrfGuard(Collection<String> allowHosts, Resolver resolver) {
    this.allowed =
        allowHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.resolver = resolver;
  }

  public SsrfGuard(Collection<String> allowHosts) {
    this(allowHosts, InetAddress::getAllByName);
  }

  /**
   * Why {@code url} must not be called, or empty when it may. The reason never repeats the URL (it
   * may be secret).
   */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return Optional.of("the URL does not parse");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("only http and https URLs are allowed");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("the URL has no host");
    }
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (allowed.contains(bareHost.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bareHost);
    } catch (UnknownHostException | IllegalArgumentException e) {
      return Optional.of("host " + bareHost + " does not resolve");
    }
    if (addresses == null || addresses.length == 0) {
      return Optional.of("host " + bareHost + " does not resolve");
    }
    return Arrays.stream(addresses)
        .filter(a -> !allowed.contains(a.getHostAddress().toLowerCase(Locale.ROOT)))
        .map(SsrfGuard::blockedKind)
        .flatMap(Optional::stream)
        .findFirst()
        .map(
            kind ->
                "host "
                    + bareHost
                    + " resolves to a "
                    + kind
                    + " address; add it to irp.notify.allow-hosts if this is intended");
  }

  /** What kind of internal address {@code address} is, or empty for a public one. */
  static Optional<String> blockedKind(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      return blockedV6(v6);
    }
    return blockedV4(address.getAddress());
  }

  private static Optional<String> blockedV6(Inet6Address a) {
    byte[] b = a.getAddress();
    if (a.isAnyLocalAddress()) return Optional.of("unspecified");
    if (a.isLoopbackAddress()) return Optional.of("loopback");
    if (a.isLinkLocalAddress()) return Optional.of("link-local");
    if (a.isSiteLocalAddress()) return Optional.of("site-local");
    if (a.isMulticastAddress()) return Optional.of("multicast");
    if ((b[0] & 0xfe) == 0xfc) return Optional.of("unique-local (private)");
    if (a.isIPv4CompatibleAddress())
      return blockedV4(Arrays.copyOfRange(b, 12, 16)).or(() -> Optional.of("IPv4-compatible"));
    if (isPrefix(b, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}))
      return blockedV4(Arrays.copyOfRange(b, 12, 16));
    if (isPrefix(b, new int[] {0x00, 0x64, 0xff, 0x9b}))
      return blockedV4(Arrays.copyOfRange(b, 12, 16)).map(k -> "NAT64 " + k);
    if (isPrefix(b, new int[] {0x20, 0x02}))
      return blockedV4(Arrays.copyOfRange(b, 2, 6)).map(k -> "6to4 " + k);
    return Optional.empty();
  }

  private static Optional<String> blockedV4(byte[] b) {
    int o0 = b[0] & 0xff;
    int o1 = b[1] & 0xff;
    if (o0 == 0) return Optional.of("unspecified");
    if (o0 == 127) return Optional.of("loopback");
    if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 <= 31) || (o0 == 192 && o1 == 168))
      return Optional.of("private");
    if (o0 == 169 && o1 == 254) return Optional.of("link-local or cloud metadata");
    if (o0 == 100 && o1 >= 64 && o1 <= 127) return Optional.of("carrier-grade NAT");
    if (o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0) return Optional.of("IETF protocol assignment");
    if (o0 == 198 && (o1 == 18 || o1 == 19)) return Optional.of("benchmarking");
    if (o0 >= 224) return Optional.of("multicast or reserved");
    return Optional.empty();
  }

  private static boolean isPrefix(byte[] address, int[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((address[i] & 0xff) != prefix[i]) return false;
    }
    return true;
  }
}
