package io.irplaybook.notify.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** irp.public-url is required once a notification channel exists, and must be an http(s) URL. */
class PublicUrlCheckTest {

  @Test
  void shouldRefuseChannelsWithoutAPublicUrl() {
    assertThat(PublicUrlCheck.problem(false, null)).get().asString().contains("irp.public-url");
    assertThat(PublicUrlCheck.problem(false, " ")).isPresent();
  }

  @Test
  void shouldRefuseAPublicUrlThatIsNotHttp() {
    assertThat(PublicUrlCheck.problem(false, "irp.example.com")).isPresent();
    assertThat(PublicUrlCheck.problem(false, "ftp://irp.example.com")).isPresent();
  }

  @Test
  void shouldStartWithAnHttpsUrlOrWithoutChannels() {
    assertThat(PublicUrlCheck.problem(false, "https://irp.example.com")).isEmpty();
    assertThat(PublicUrlCheck.problem(true, null)).isEmpty();
  }
}
