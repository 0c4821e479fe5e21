"""Writes the playbooks in bpmn/ (run from the repository root: python3 src/tools/playbooks/generate_playbooks.py).

The committed XML files are the source of truth that is deployed; this script is how they were
laid out. Edit here and regenerate, or edit the XML in Camunda Modeler and stop using the script.
"""
import os
from bpmnlayout import Process

IC, NET, IDN, FOR, SOC, COMMS, LEGAL, EXEC = ("incident-commander", "network-admin", "identity-admin",
                                              "forensics", "soc-analyst", "comms", "legal", "executive")
OUT = "bpmn"

SECRET_CLASSES = ("vendor portal account (MySonicWall) and one-time codes; LDAP / RADIUS / TACACS+ passwords; "
                  "L2TP / PPPoE / PPTP WAN credentials; IPSec site-to-site PSKs and GroupVPN secrets; API keys and tokens")

WAVES = [
    (1, "Vendor portal and administrator accounts",
     ["vendor portal account and one-time codes", "firewall administrator accounts"]),
    (2, "AAA service accounts",
     ["LDAP bind accounts", "RADIUS shared secrets", "TACACS+ keys"]),
    (3, "WAN and VPN secrets, coordinated with peers and ISPs",
     ["L2TP, PPPoE and PPTP WAN credentials", "IPSec site-to-site pre-shared keys", "GroupVPN secrets"]),
    (4, "API keys and end users",
     ["API keys and tokens", "end-user and SSL VPN passwords"]),
]


def feel_list(items):
    return "=[" + ", ".join('"%s"' % i for i in items) + "]"


# ---------------------------------------------------------------------------------------------- incident-response
def incident_response():
    p = Process("incident-response", "Incident response",
                "Entry process: decides the tier from the organisation's size (or a recorded override), runs that "
                "tier's playbook, then holds the post-incident review and closes the incident.")
    p.node("incident-declared", "start", "Incident declared", 0, 0)
    p.node("override-reason-check", "xor", "Tier override without a reason?", 1, 0)
    p.node("record-override-reason", "user", "Record why the tier is overridden", 2, 1, groups=IC,
           doc="Done when the variable tierOverrideReason holds a sentence saying why this incident does not follow "
               "the size rule (for example: 40 staff but 30 branch firewalls). An override is never applied without it.",
           checklist=["Explain in one sentence why the size rule does not fit",
                      "Complete the task with the variable tierOverrideReason"])
    p.node("override-reason-known", "xor", "", 3, 0)
    p.node("select-playbook", "rule", "Select the playbook for the organisation's size", 4, 0,
           decision="select-playbook", result="tierDecision",
           doc="Evaluates the decision select-playbook: fewer than 50 employees is small, 50 to 499 mid, 500 or more "
               "large; a tier override wins. The result tierDecision holds tier, playbook and rule.")
    p.node("run-playbook", "call", "Run the tier's playbook", 5, 0, process="=tierDecision.playbook",
           doc="Runs playbook-small, playbook-mid or playbook-large with every incident variable; what the playbook "
               "records comes back to this process.")
    p.node("post-incident-review", "user", "Hold the post-incident review", 6, 0, groups=IC,
           doc="Done when the review is held with everyone who worked the incident and its findings are recorded: "
               "timeline, what worked, what was slow, and owners and dates for every follow-up.",
           checklist=["Walk through the timeline from first alert to last notification",
                      "Record which secrets were exposed and whether all of them were rotated and verified",
                      "Record follow-ups (secrets out of backups, automated rotation, API allow-lists) with owners and dates",
                      "Share the findings with the stakeholders who were notified"])
    p.node("close-incident", "service", "Close the incident", 7, 0, type="incident.close")
    p.node("incident-closed", "end", "Incident closed", 8, 0)
    p.flow("incident-declared", "override-reason-check")
    p.flow("override-reason-check", "record-override-reason", name="yes",
           cond='=tierOverride != null and (tierOverrideReason = null or string length(tierOverrideReason) = 0)')
    p.flow("override-reason-check", "override-reason-known", name="no", default=True)
    p.flow("record-override-reason", "override-reason-known")
    p.chain("override-reason-known", "select-playbook", "run-playbook", "post-incident-review", "close-incident",
            "incident-closed")
    return p


# ---------------------------------------------------------------------------------------------- shared processes
def rotation_wave():
    p = Process("reauthentication-wave", "Re-authentication wave",
                "One wave of the staged re-authentication: every credential class of the wave is rotated, then every "
                "one is verified. The calling playbook passes waveNumber, waveName, waveItems, rotateGroups and "
                "verifyGroups, and escalates the wave when it overruns.")
    p.node("wave-started", "start", "Wave started", 0, 0)
    p.node("rotate-credential", "user", "Rotate the credential class", 1, 0, groups="=rotateGroups",
           mi=dict(inputCollection="=waveItems", inputElement="waveItem"),
           doc="Done when the credential class named by waveItem has a new value on every device and system that "
               "held it (see the asset list) and the old value is revoked. Rotate at the source first, then "
               "re-import on the firewall; coordinate peers and ISPs before changing shared secrets.",
           checklist=["Generate the new secret in the vault (never in a backup or a ticket)",
                      "Apply it on every device and system from the asset list",
                      "Revoke the old value and end sessions that used it",
                      "Record who rotated what, and when"])
    p.node("verify-credential", "user", "Verify the rotated credential class", 2, 0, groups="=verifyGroups",
           mi=dict(inputCollection="=waveItems", inputElement="waveItem"),
           doc="Done when a second person has checked that the old value of waveItem is rejected, the new one "
               "works, and no login or API call used the old value after the rotation.",
           checklist=["Try the old value: it must be rejected",
                      "Check that services and tunnels using the new value are up",
                      "Search the logs for use of the old value after the rotation time"])
    p.node("wave-verified", "end", "Wave verified", 3, 0)
    p.chain("wave-started", "rotate-credential", "verify-credential", "wave-verified")
    return p


def regulator_filing():
    deadline = '=if jurisdiction = "JP" then "P5D" else "PT72H"'
    p = Process("regulator-filing", "Regulator filing",
                "Files the personal-data breach report with one jurisdiction's regulator (variable jurisdiction), "
                "with the deadline that jurisdiction sets: Japan's PPC wants the preliminary report within 3 to 5 "
                "days, GDPR within 72 hours (also used for any other jurisdiction until legal says otherwise).")
    p.node("filing-started", "start", "Filing required", 0, 0)
    p.node("draft-regulator-report", "service", "Draft the regulator report", 1, 0, type="comms.render",
           headers=[("templates", "regulator-notice"), ("resultVariable", "regulatorDrafts")])
    p.node("submit-regulator-report", "user", "File the report with the regulator", 2, 0, groups="=filingGroups",
           due='=now() + duration(%s)' % deadline[1:],
           doc="Done when the approved report (regulatorDrafts) has been submitted through the regulator's own "
               "channel for this jurisdiction and the submission receipt is attached to the task.",
           checklist=["Review and approve the draft in the communications page",
                      "Submit it through the regulator's form (PPC online form for JP, the lead authority for EU)",
                      "Attach the submission receipt or reference number"])
    p.node("regulator-deadline-near", "boundary", "Regulator deadline near", 0, 0, attachedTo="submit-regulator-report",
           timer='=if jurisdiction = "JP" then "P3D" else "PT48H"')
    p.node("escalate-regulator-deadline", "user", "Escalate the regulator deadline", 2, 1, groups="incident-commander,legal",
           doc="Done when the incident commander and legal have decided how the report is filed on time (a partial "
               "preliminary report is allowed) and someone owns the submission.",
           checklist=["Confirm who files and by when", "File a preliminary report with what is known now if needed"])
    p.node("escalation-handled", "end", "Escalation handled", 2, 2)
    p.node("report-filed", "end", "Report filed", 3, 0)
    p.chain("filing-started", "draft-regulator-report", "submit-regulator-report", "report-filed")
    p.chain("regulator-deadline-near", "escalate-regulator-deadline", "escalation-handled")
    return p


# ---------------------------------------------------------------------------------------------- tier playbooks
def playbook(tier):
    cfg = TIERS[tier]
    p = Process("playbook-" + tier, "Playbook: %s organisation" % tier, cfg["doc"])
    col = 0
    p.node("playbook-started", "start", "Playbook started", col, 0)
    prev = "playbook-started"

    def step(nid, name, groups, doc, checklist, **kw):
        nonlocal col, prev
        col += 1
        p.node(nid, "user", name, col, 0, groups=groups, doc=doc, checklist=checklist, **kw)
        p.flow(prev, nid)
        prev = nid

    for s in cfg["identify"]:
        step(*s)
    col += 1
    p.node("response-fork", "and", "", col, 0)
    p.flow(prev, "response-fork")
    prev = "response-fork"
    fork_col = col
    for s in cfg["evidence"]:
        step(*s[:5], **(s[5] if len(s) > 5 else {}))
    for number, name, items in WAVES:
        col += 1
        rotate, verify = cfg["waveGroups"][number]
        wid = "wave-%d" % number
        p.node(wid, "call", "Wave %d: %s" % (number, name), col, 0, process="reauthentication-wave", propagateChild=False,
               inputs=[("waveNumber", "=%d" % number), ("waveName", '="%s"' % name), ("waveItems", feel_list(items)),
                       ("rotateGroups", feel_list(rotate)), ("verifyGroups", feel_list(verify))],
               doc="Done when every credential class of wave %d is rotated and verified; wave %d does not start "
                   "before." % (number, number + 1) if number < 4 else
                   "Done when every credential class of wave 4 is rotated and verified; the hardening starts after.")
        p.flow(prev, wid)
        prev = wid
        p.node(wid + "-overrun", "boundary", "Wave %d overruns (%s)" % (number, cfg["waveLimitText"]), 0, 0,
               attachedTo=wid, timer=cfg["waveLimit"])
        p.node("escalate-" + wid, "user", "Escalate the overrunning wave %d" % number, col, 1, groups=IC,
               doc="Done when the incident commander has found what blocks wave %d (people, maintenance window, a "
                   "peer or ISP) and agreed a new finish time; the wave itself keeps running." % number,
               checklist=["Ask the rotating and verifying teams what blocks them",
                          "Add people or book the maintenance window",
                          "Record the new finish time"])
        p.node("escalated-" + wid, "end", "Escalated", col, 2)
        p.chain(wid + "-overrun", "escalate-" + wid, "escalated-" + wid)
    for s in cfg["harden"] + cfg["detect"]:
        step(*s[:5], **(s[5] if len(s) > 5 else {}))
    col += 1
    p.node("response-join", "and", "", col, 0)
    p.flow(prev, "response-join")
    join_col = col

    # regulator branch below the waves, in parallel with the response
    p.node("personal-data-check", "xor", "Personal data possibly affected?", fork_col + 1, 3)
    p.flow("response-fork", "personal-data-check")
    p.node("assess-personal-data", "user", "Assess the personal-data breach for regulators", fork_col + 2, 4,
           groups=cfg["regulatorGroups"], doc="Done when it is recorded which personal data may be affected, whose, "
           "and the jurisdictions to report to (variable jurisdictions, e.g. [\"JP\", \"EU\"]).",
           checklist=["List the personal data the exposed systems hold (VPN users, directory entries)",
                      "Decide the jurisdictions that need a report and set the variable jurisdictions",
                      "Record the time the organisation became aware: the deadlines count from it"],
           **({"twoPerson": True} if tier == "large" else {}))
    p.node("file-regulator-reports", "call", "File the regulator reports", fork_col + 3, 4,
           process="regulator-filing", propagateChild=False,
           inputs=[("filingGroups", feel_list(cfg["regulatorGroups"].split(",")))],
           mi=dict(inputCollection="=jurisdictions", inputElement="jurisdiction"),
           doc="Done when the report for every jurisdiction has been filed before its deadline.")
    p.node("personal-data-done", "xor", "", fork_col + 4, 3)
    p.flow("personal-data-check", "assess-personal-data", name="yes", cond="=personalData = true")
    p.flow("personal-data-check", "personal-data-done", name="no", default=True)
    p.chain("assess-personal-data", "file-regulator-reports", "personal-data-done")
    p.flow("personal-data-done", "response-join")

    # stakeholder notification after the response
    prev = "response-join"
    col += 1
    p.node("draft-notifications", "service", "Draft the customer and stakeholder notices", col, 0, type="comms.render",
           headers=[("templates", cfg["templates"])])
    p.flow(prev, "draft-notifications")
    prev = "draft-notifications"
    for s in cfg["approve"]:
        step(*s[:5], **(s[5] if len(s) > 5 else {}))
    col += 1
    p.node("send-notifications", "service", "Send the approved notices", col, 0, type="notify.send")
    p.flow(prev, "send-notifications")
    col += 1
    p.node("playbook-complete", "end", "Playbook complete", col, 0)
    p.flow("send-notifications", "playbook-complete")
    return p


DETECTIONS = ["High-frequency backup-download API calls; more than 10 downloads in one hour is a high-priority alert",
              "First successful login or API call from a never-seen ASN, region or User-Agent",
              "Spikes of List/Get object operations with many 200 responses and large transfers",
              "Bursts of token re-issue, MFA method changes, impossible travel, API keys used from a new place",
              "More management-UI login attempts, configuration exports, abnormal concurrent VPN sessions",
              "Correlate: did a VPN or management login succeed right after an API download? (timeline join)"]

EVIDENCE_CHECK = ["Export the vendor cloud audit log (MySonicWall / API) for the lookback window in lookbackDays",
                  "Export identity provider, API gateway, firewall management and VPN logs before they roll over",
                  "Compute the SHA-256 of every exported file and record it next to the file",
                  "Record custody: who exported what, when, and where it is stored read-only"]


def identify(groups_assets, groups_secrets=None):
    steps = [("identify-assets", "Identify devices that used the vendor's cloud backup", groups_assets,
              "Done when the asset list names every firewall whose configuration was ever backed up to the vendor "
              "cloud, each with its priority (internet-facing VPN and management first).",
              ["List every device registered in the vendor portal and whether cloud backup was on",
               "Mark each device's priority: VPN concentrators and internet-facing management first",
               "Set usedCloudBackup on each entry of the assets variable"])]
    secrets = ("identify-secrets", "List the secrets each backup held", groups_secrets or groups_assets,
               "Done when for every device the secret classes its backups held are listed: " + SECRET_CLASSES + ".",
               ["Vendor portal account and one-time codes", "LDAP / RADIUS / TACACS+",
                "L2TP / PPPoE / PPTP WAN credentials", "IPSec site-to-site PSKs and GroupVPN secrets",
                "API keys and tokens"])
    return steps + [secrets]


def evidence(groups, days, two_person=False):
    return [("preserve-evidence", "Export and hash the logs before they roll over", groups,
             "Done when cloud audit, identity provider, API gateway, firewall management and VPN logs for the last "
             "%d days (lookbackDays) are exported, each file has a recorded SHA-256, and custody is written down." % days,
             EVIDENCE_CHECK, dict(inputs=[("lookbackDays", "=%d" % days)], twoPerson=two_person))]


def review(groups, days, extra=()):
    return [("review-logs", "Review the logs for signs of credential misuse", groups,
             "Done when the last %d days (lookbackDays) of logs have been searched for each detection below and every "
             "hit is either explained or opened as a finding for the incident commander." % days,
             DETECTIONS + list(extra), dict(inputs=[("lookbackDays", "=%d" % days)]))]


TIERS = {
    "small": dict(
        doc="Fewer than 50 staff: the incident commander and one IT lead (network-admin) carry nearly everything. "
            "Vendor's full reset first, management access IP-restricted with MFA, cloud backup off or rotated on a "
            "simple schedule; 30-day lookback.",
        identify=identify(NET)[:1] + [(lambda s: (s[0], s[1], NET, s[3], s[4]))(identify(NET)[1])],
        evidence=evidence(NET, 30),
        waveGroups={1: ([NET], [IC]), 2: ([NET], [IC]), 3: ([NET], [IC]), 4: ([NET], [IC])},
        waveLimit="PT8H", waveLimitText="8 hours",
        harden=[("harden-access", "Restrict management access and enforce MFA", NET,
                 "Done when firewall management and the vendor portal accept logins only from an IP allow-list, "
                 "every administrator and VPN account uses MFA, and management access is limited to working hours.",
                 ["Allow-list management and API access by source IP", "Enforce MFA for admin and VPN accounts",
                  "Restrict management access to a time window", "Remove read access nobody needs"]),
                ("secure-backups", "Turn off cloud backup or put it on a rotation schedule", NET,
                 "Done when cloud backup is off, or kept only encrypted with its secrets on a simple rotation schedule "
                 "(calendar reminder) and no plaintext secret in the backup.",
                 ["Turn off cloud backup, or encrypt the backup with a key you hold",
                  "Put secret rotation on a simple schedule", "Keep secrets in a password vault, not in backups"])],
        detect=review(NET, 30),
        regulatorGroups=IC,
        templates="customer-notice,executive-brief",
        approve=[("approve-notifications", "Approve the customer and stakeholder notices", IC,
                  "Done when the incident commander has reviewed, edited if needed and approved every draft in "
                  "commsDrafts in the communications page.",
                  ["Facts match the timeline", "No secret or internal address in the text",
                   "Approve each draft in the communications page"])],
    ),
    "mid": dict(
        doc="50 to 499 staff: separate network, identity, SOC and forensics roles. Cloud audit and IdP logs go to "
            "the SIEM, conditional access and just-in-time privileged accounts, a plan to move VPNs from PSK to "
            "certificates; 60-day lookback; legal co-approves notices.",
        identify=identify(NET, IDN),
        evidence=evidence(FOR, 60) + [
            ("deploy-detections", "Aggregate the logs in the SIEM and turn on the detections", SOC,
             "Done when cloud audit, identity provider and firewall logs flow into the SIEM and each detection of the "
             "checklist is an alert rule with an owner.", DETECTIONS)],
        waveGroups={1: ([IDN], [NET]), 2: ([IDN], [NET]), 3: ([NET], [SOC]), 4: ([IDN], [SOC])},
        waveLimit="PT12H", waveLimitText="12 hours",
        harden=[("harden-access", "Restrict management and API access", NET,
                 "Done when management and API access is allowed only from an allow-list of networks, within time "
                 "windows, with MFA, and geo/ASN restrictions apply to the vendor portal.",
                 ["Allow-list management and API access", "Geo and ASN restrictions", "Time windows for management",
                  "MFA for every administrator"]),
                ("conditional-access", "Enforce conditional access and just-in-time admin accounts", IDN,
                 "Done when administrator access needs a compliant device and is granted just in time, standing admin "
                 "rights are removed and read roles on backups are minimised.",
                 ["Conditional access policies for admin and VPN", "Just-in-time privileged accounts",
                  "Minimise read roles on backup storage"]),
                ("plan-certificate-vpn", "Plan the move from PSK to certificate-based VPN", NET,
                 "Done when a staged plan (peers, dates, maintenance windows) replaces site-to-site PSKs and GroupVPN "
                 "secrets with certificates.",
                 ["Inventory PSK tunnels and peers", "Agree dates with peers and ISPs", "Book the maintenance windows"]),
                ("secure-backups", "Take secrets out of backups and rotate keys automatically", IDN,
                 "Done when backups are encrypted with keys rotated by the KMS with automatic expiry and credentials "
                 "are referenced from a vault instead of stored in configuration backups.",
                 ["Encrypt backups with KMS-managed keys", "Automatic key rotation and expiry",
                  "Reference secrets from the vault"])],
        detect=review(SOC, 60),
        regulatorGroups=LEGAL,
        templates="customer-notice,executive-brief",
        approve=[("edit-notices", "Edit the customer and stakeholder notices", COMMS,
                  "Done when the communications lead has checked every draft in commsDrafts against the timeline and "
                  "the style guide and edited it, so that the approvers review final wording.",
                  ["Facts match the timeline", "No secret or internal address in the text",
                   "What customers must do is in the first paragraph"]),
                 ("approve-notifications", "Approve the customer and stakeholder notices", IC,
                  "Done when the incident commander has reviewed and approved every draft in commsDrafts.",
                  ["Facts match the timeline", "No secret or internal address in the text"]),
                 ("legal-review-notifications", "Legal review of the notices", LEGAL,
                  "Done when legal has approved every draft in commsDrafts (contract and regulatory wording).",
                  ["Contractual notification duties met", "Wording reviewed for liability"])],
    ),
    "large": dict(
        doc="500 staff and more: every role separate, two-person steps for evidence and regulator decisions, a "
            "separate backup domain with its own KMS, DLP/UEBA, tiered secrets and red-team verification; 90-day "
            "lookback; legal and executive approve notices.",
        identify=identify(NET, IDN),
        evidence=evidence(FOR, 90, two_person=True) + [
            ("deploy-detections", "Aggregate the logs in the SIEM and turn on the detections, DLP and UEBA", SOC,
             "Done when cloud audit, CASB, identity provider and firewall logs flow into the SIEM, each detection of "
             "the checklist is an alert rule, and DLP/UEBA alert on bulk retrieval.",
             DETECTIONS + ["DLP and UEBA rules for bulk retrieval of backups and configuration files"])],
        waveGroups={1: ([IDN], [SOC]), 2: ([IDN], [SOC]), 3: ([NET], [SOC]), 4: ([IDN], [SOC])},
        waveLimit="PT24H", waveLimitText="24 hours",
        harden=[("harden-access", "Restrict management and API access", NET,
                 "Done when management and API access is allowed only from an allow-list of networks, within time "
                 "windows, with MFA, and geo/ASN restrictions apply to the vendor portal.",
                 ["Allow-list management and API access", "Geo and ASN restrictions", "Time windows for management",
                  "MFA for every administrator"]),
                ("conditional-access", "Enforce conditional access and just-in-time admin accounts", IDN,
                 "Done when administrator access needs a compliant device and is granted just in time, and standing "
                 "admin rights are removed.",
                 ["Conditional access policies for admin and VPN", "Just-in-time privileged accounts"]),
                ("plan-certificate-vpn", "Plan the move from PSK to certificate-based VPN", NET,
                 "Done when a staged plan (peers, dates, maintenance windows) replaces site-to-site PSKs and GroupVPN "
                 "secrets with certificates.",
                 ["Inventory PSK tunnels and peers", "Agree dates with peers and ISPs", "Book the maintenance windows"]),
                ("separate-backup-domain", "Move backups to a separate domain with its own KMS", NET,
                 "Done when configuration backups live in an isolated backup domain (own accounts, buckets and "
                 "dedicated KMS with automatic key rotation and expiry) with minimal read roles.",
                 ["Isolated buckets/containers for backups", "Dedicated KMS, automatic rotation and expiry",
                  "Minimal read roles, reviewed"], dict(twoPerson=True)),
                ("tier-secrets", "Tier the secrets by security boundary", IDN,
                 "Done when secrets are kept in the vault per security boundary and referenced, never stored in "
                 "plaintext in configuration backups.",
                 ["Secrets grouped by security boundary", "Backups reference vault entries, no plaintext"])],
        detect=review(SOC, 90) + [
            ("red-team-verification", "Red-team check for remaining credential exposure", FOR,
             "Done when an independent red team has tried the old credentials and searched backups, repositories and "
             "tickets for remaining secrets, and every finding is closed or owned.",
             ["Old credentials tried against VPN, management and APIs", "Backups and repositories searched for secrets",
              "Findings recorded with owners"], dict(twoPerson=True))],
        regulatorGroups=LEGAL,
        templates="customer-notice,executive-brief",
        approve=[("edit-notices", "Edit the customer and stakeholder notices", COMMS,
                  "Done when the communications lead has checked every draft in commsDrafts against the timeline and "
                  "the style guide and edited it, so that the approvers review final wording.",
                  ["Facts match the timeline", "No secret or internal address in the text",
                   "What customers must do is in the first paragraph"]),
                 ("legal-review-notifications", "Legal review of the notices", LEGAL,
                  "Done when legal has approved every draft in commsDrafts (contract and regulatory wording).",
                  ["Contractual notification duties met", "Wording reviewed for liability"]),
                 ("executive-approval", "Executive approval of the notices", EXEC,
                  "Done when an executive has approved sending every draft in commsDrafts.",
                  ["Customer impact statement agreed", "Spokesperson named"], dict(twoPerson=True))],
    ),
}


def main():
    processes = [incident_response(), rotation_wave(), regulator_filing()] + [playbook(t) for t in ("small", "mid", "large")]
    for p in processes:
        with open(os.path.join(OUT, p.pid + ".bpmn"), "w", encoding="utf-8") as f:
            f.write(p.to_xml())
        print("wrote", p.pid)


if __name__ == "__main__":
    main()
