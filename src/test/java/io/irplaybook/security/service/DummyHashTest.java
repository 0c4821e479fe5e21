package io.irplaybook.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * The hash an unknown user's password is checked against: cheap to make at start-up, but as costly
 * to check as a real user's, so a sign-in attempt cannot tell an unknown name from a wrong
 * password.
 */
class DummyHashTest {

  @Test
  void shouldCarryTheConfiguredCostSoACheckAgainstItCostsAsMuchAsAgainstARealHash()
      throws Exception {
    // when
    String dummy = UserService.dummyHash(12);

    // then bcrypt reads cost 12 from it, as from a real hash made at cost 12
    BCryptPassword decoded = (BCryptPassword) ModularCrypt.decode(dummy);
    BCryptPassword real =
        (BCryptPassword) ModularCrypt.decode(BcryptUtil.bcryptHash("a real password", 12));
    assertThat(decoded.getIterationCount()).isEqualTo(real.getIterationCount()).isEqualTo(12);
    assertThat(dummy).startsWith("$2a$12$").hasSize(60);
  }

  @Test
  void shouldMatchNoPassword() {
    // given
    String dummy = UserService.dummyHash(5);

    // then not even the text it was made from matches once the cost is relabelled
    assertThat(BcryptUtil.matches("no-such-user-placeholder", dummy)).isFalse();
    assertThat(BcryptUtil.matches("", dummy)).isFalse();
  }
}
