package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.EvaluatedDecision;
import io.camunda.client.api.response.MatchedDecisionRule;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** EvaluateDecision: output, audit of the evaluated decision, failures and unknown decisions. */
class EvaluateDecisionTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private EvaluateDecisionResponse evaluate(String decisionId, Map<String, Object> variables) {
    return engine
        .client()
        .newEvaluateDecisionCommand()
        .decisionId(decisionId)
        .variables(variables)
        .send()
        .join();
  }

  @Test
  void shouldAnswerTheOutputOfTheMatchingRule() {
    // given
    engine.deploy("select-playbook-fixture.dmn");

    // when
    EvaluateDecisionResponse response =
        evaluate(
            "select-playbook",
            variables("employees", 120, "tierOverride", null, "scenario", "ransomware"));

    // then
    assertThat(response.getDecisionId()).isEqualTo("select-playbook");
    assertThat(response.getDecisionVersion()).isEqualTo(1);
    assertThat(response.getDecisionOutput())
        .isEqualTo("{\"playbookProcessId\":\"playbook-ransomware\",\"tier\":\"mid\"}");
    assertThat(response.getFailureMessage()).isEmpty();
    EvaluatedDecision evaluated = response.getEvaluatedDecisions().get(0);
    assertThat(evaluated.getDecisionType()).isEqualTo("DECISION_TABLE");
    assertThat(evaluated.getEvaluatedInputs())
        .extracting(i -> i.getInputId() + "=" + i.getInputValue())
        .containsExactly("employees=120", "tierOverride=null", "scenario=\"ransomware\"");
    MatchedDecisionRule rule = evaluated.getMatchedRules().get(0);
    assertThat(rule.getRuleId()).isEqualTo("mid");
    assertThat(rule.getRuleIndex()).isEqualTo(3);
    assertThat(rule.getEvaluatedOutputs())
        .extracting(o -> o.getOutputName() + "=" + o.getOutputValue())
        .containsExactly("playbookProcessId=\"playbook-ransomware\"", "tier=\"mid\"");
  }

  @Test
  void shouldLetAnOverrideWinOverTheEmployeeCount() {
    // given
    engine.deploy("select-playbook-fixture.dmn");

    // when
    EvaluateDecisionResponse response =
        evaluate(
            "select-playbook",
            variables("employees", 12, "tierOverride", "large", "scenario", "phishing"));

    // then
    assertThat(response.getDecisionOutput())
        .isEqualTo("{\"playbookProcessId\":\"playbook-phishing\",\"tier\":\"large\"}");
    assertThat(response.getEvaluatedDecisions().get(0).getMatchedRules())
        .extracting(MatchedDecisionRule::getRuleId)
        .containsExactly("override-wins");
  }

  @Test
  void shouldAnswerNullWhenNoRuleMatches() {
    // given
    engine.deploy("select-playbook-fixture.dmn");

    // when
    EvaluateDecisionResponse response =
        evaluate("select-playbook", variables("scenario", "phishing"));

    // then
    assertThat(response.getDecisionOutput()).isEqualTo("null");
    assertThat(response.getEvaluatedDecisions().get(0).getMatchedRules()).isEmpty();
    assertThat(response.getFailureMessage()).isEmpty();
  }

  @Test
  void shouldEvaluateTheVersionNamedByTheDecisionKey() {
    // given: version 1 calls 700 employees large; the revision draws that line at 1000
    Decision first = engine.deploy("select-playbook-fixture.dmn").getDecisions().get(0);
    engine.deploy("select-playbook-fixture-revised.dmn");

    // when
    EvaluateDecisionResponse byKey =
        engine
            .client()
            .newEvaluateDecisionCommand()
            .decisionKey(first.getDecisionKey())
            .variables(variables("employees", 700, "tierOverride", null, "scenario", "ddos"))
            .send()
            .join();
    EvaluateDecisionResponse latest =
        evaluate(
            "select-playbook",
            variables("employees", 700, "tierOverride", null, "scenario", "ddos"));

    // then
    assertThat(byKey.getDecisionVersion()).isEqualTo(1);
    assertThat(byKey.getDecisionOutput()).contains("\"tier\":\"large\"");
    assertThat(latest.getDecisionVersion()).isEqualTo(2);
    assertThat(latest.getDecisionOutput()).contains("\"tier\":\"mid\"");
  }

  @Test
  void shouldAnswerTheFailedDecisionAndWhyWhenEvaluationFails() {
    // given
    engine.deploy("risk-score-with-overlapping-rules.dmn");

    // when: 4 findings match both rules of a UNIQUE table
    EvaluateDecisionResponse response = evaluate("risk-score", variables("findings", 4));

    // then
    assertThat(response.getFailedDecisionId()).isEqualTo("risk-score");
    assertThat(response.getFailureMessage())
        .startsWith("Expected to evaluate decision 'risk-score', but")
        .containsIgnoringCase("unique");
    assertThat(response.getDecisionOutput()).isEqualTo("null");
  }

  @Test
  void shouldAnswerALiteralExpressionDateInIsoNotation() {
    // given
    engine.deploy("regulator-deadline-literal-expression.dmn");

    // when
    EvaluateDecisionResponse response =
        evaluate("regulator-deadline", variables("detectedOn", "2026-02-27"));

    // then
    assertThat(response.getDecisionOutput()).isEqualTo("\"2026-03-02\"");
    assertThat(response.getEvaluatedDecisions())
        .extracting(EvaluatedDecision::getDecisionType)
        .containsExactly("LITERAL_EXPRESSION");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownDecision() {
    // when
    ClientStatusException rejection =
        assertRejected(Status.Code.NOT_FOUND, () -> evaluate("no-such-decision", Map.of()));

    // then
    assertThat(description(rejection))
        .contains("Expected to evaluate decision 'no-such-decision', but no decision found");
  }
}
