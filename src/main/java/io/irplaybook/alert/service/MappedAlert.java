package io.irplaybook.alert.service;

import java.util.List;

/**
 * What a mapping read from one alert, before the source's configuration turns it into a
 * declaration.
 *
 * @param rule the detection that fired (search name, rule id, analytic rule); part of the
 *     fingerprint
 * @param title the incident title
 * @param severity the alert's own severity value, or null
 * @param hosts the affected hosts as the alert names them (unsorted, maybe repeated)
 * @param link where the alert can be read in the SIEM, or null
 * @param scenario a scenario the alert names itself (generic form only), or null
 * @param organizationKey an organisation key the alert names itself (generic form only), or null
 */
public record MappedAlert(
    String rule,
    String title,
    String severity,
    List<String> hosts,
    String link,
    String scenario,
    String organizationKey) {}
