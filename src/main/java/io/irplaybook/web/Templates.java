package io.irplaybook.web;

import io.irplaybook.comms.DraftViews.DraftSummary;
import io.irplaybook.inbox.TaskList;
import io.irplaybook.inbox.TaskView;
import io.irplaybook.incident.IncidentList;
import io.irplaybook.security.IssuedToken;
import io.irplaybook.security.TokenView;
import io.irplaybook.security.UserView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Set;

/**
 * Every page's template, type-checked at build time: each method names a file under templates/web/
 * and the values it may use, so a misspelt property fails the build, not a page.
 */
@CheckedTemplate(basePath = "web")
final class Templates {

  private Templates() {}

  static native TemplateInstance signin(
      PageContext page, String next, String csrf, String problem, Long retryAfter, String username);

  static native TemplateInstance tasks(
      PageContext page, TaskList list, String heading, TaskListQuery query);

  static native TemplateInstance task(
      PageContext page, TaskView task, boolean open, String problem, List<DraftSummary> drafts);

  static native TemplateInstance admin(
      PageContext page,
      List<UserView> users,
      List<TokenView> tokens,
      List<String> allRoles,
      List<String> channels,
      String tested,
      String problem,
      IssuedToken issued,
      String me);

  static native TemplateInstance incident(PageContext page, IncidentOverview o);

  static native TemplateInstance incidents(
      PageContext page,
      IncidentList list,
      IncidentPages.ListQuery query,
      List<String> scenarios,
      Set<String> overdueIds,
      List<String> statuses,
      List<String> tiers);

  static native TemplateInstance declare(
      PageContext page,
      DeclareForm form,
      FieldErrors errors,
      List<String> scenarios,
      List<String> severities);

  static native TemplateInstance dashboard(PageContext page, Dashboard d, List<Integer> periods);

  /**
   * @param slackUserId the user's linked Slack member id, or null
   * @param slackProblem why linking failed, or null
   */
  static native TemplateInstance account(
      PageContext page, String problem, String slackUserId, String slackProblem);

  static native TemplateInstance draft(PageContext page, DraftPage.Review r, String problem);

  static native TemplateInstance batch(
      PageContext page, List<BatchUpload.RowResult> results, String problem);

  static native TemplateInstance error(PageContext page, int status);
}
