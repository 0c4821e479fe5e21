package io.irplaybook.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.notify.service.SsrfGuard;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard judges the addresses a URL resolves to. */
class SsrfGuardTest {

  private final SsrfGuard guard = new SsrfGuard(List.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/hook",
        "http://localhost/hook",
        "http://10.0.0.5/",
        "http://172.16.3.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[fd00:ec2::254]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://[::]/",
        "http://2130706433/",
        "http://127.1/",
        "http://0x7f000001/",
        "http://017700000001/",
        "http://224.0.0.1/"
      })
  void shouldRefuseInternalDestinationsInEveryEncoding(String url) {
    assertThat(guard.refusal(url)).as(url).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "gopher://example.com/", "ftp://example.com/", "not a url"})
  void shouldRefuseOtherSchemes(String url) {
    assertThat(guard.refusal(url)).as(url).isPresent();
  }

  @Test
  void shouldRefuseAPublicNameThatResolvesToAPrivateAddress() {
    // given
    SsrfGuard rebinding =
        new SsrfGuard(
            List.of(),
            host ->
                new InetAddress[] {
                  InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")
                });

    // when
    var refusal = rebinding.refusal("https://hooks.example.com/x");

    // then
    assertThat(refusal)
        .hasValueSatisfying(
            r -> assertThat(r).contains("private").contains("irp.notify.allow-hosts"));
  }

  @Test
  void shouldLetPublicAndAllowListedDestinationsThrough() {
    // given
    SsrfGuard allowing =
        new SsrfGuard(
            List.of("127.0.0.1", "receiver.internal"),
            host -> new InetAddress[] {InetAddress.getByName("10.9.9.9")});

    // then
    assertThat(guard.refusal("https://93.184.216.34/hook")).isEmpty();
    assertThat(guard.refusal("http://[2606:4700::1111]/")).isEmpty();
    assertThat(allowing.refusal("http://127.0.0.1:8080/hook")).isEmpty();
    assertThat(allowing.refusal("http://receiver.internal/hook")).isEmpty();
  }

  @Test
  void shouldNotRepeatTheUrlInItsReasonBecauseSlackUrlsAreSecrets() {
    assertThat(guard.refusal("http://127.0.0.1/services/T0/B0/SECRETTOKEN"))
        .hasValueSatisfying(r -> assertThat(r).doesNotContain("SECRETTOKEN"));
  }
}
