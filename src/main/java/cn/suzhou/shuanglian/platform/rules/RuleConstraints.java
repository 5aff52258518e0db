package cn.suzhou.shuanglian.platform.rules;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every unique key of the domain schema, in one place, with what its violation means for the person
 * whose request lost a race to it: a <em>rule</em> of the policy ("one project a year per
 * commissioner", P-19) answered with that rule's message under {@code rule.constraint.<name>} in
 * {@code messages*.properties}, or a <em>record written twice</em> (one row per case or task, written
 * by two concurrent completions of the same step), answered as a concurrent change. Both are 409.
 *
 * <p>{@code RuleConstraintsTest} holds this list equal to the unique keys of {@code db/migration} and
 * to the message files; docs/architecture.md ("Rules the database holds") lists the rules.
 */
public final class RuleConstraints {

  /** What a violated unique key means. */
  public enum Kind {
    /** A rule of the policy or the domain: the loser is told which rule (409 rule-conflict). */
    RULE,
    /** One row per case or task written twice by concurrent requests: the loser's change is stale (409). */
    TWICE
  }

  /** A unique key of the schema. */
  public record Constraint(String name, Kind kind) {

    /** The message key of a rule's refusal. */
    public String messageKey() {
      return kind == Kind.RULE ? "rule.constraint." + name : "error.conflict";
    }
  }

  private static final Map<String, Kind> KNOWN = Map.ofEntries(
      // reference data and the information databases (V1, V2)
      Map.entry("uk_district_name", Kind.RULE),
      Map.entry("uk_industry_group_name", Kind.RULE),
      Map.entry("uk_source_unit_name", Kind.RULE),
      Map.entry("uk_commissioner_user", Kind.RULE),
      Map.entry("uk_commissioner_resident_id", Kind.RULE),
      Map.entry("uk_enterprise_credit_code", Kind.RULE),
      // expert database (P-20; V2, V9)
      Map.entry("uk_expert_membership_commissioner", Kind.RULE),
      Map.entry("uk_expert_application_pending", Kind.RULE),
      Map.entry("uk_expert_application_case", Kind.TWICE),
      // round, collections, demands (P-01, P-02, P-10, P-12(1); V3, V13, V16)
      Map.entry("uk_selection_round_active_year", Kind.RULE),
      Map.entry("uk_round_district", Kind.RULE),
      Map.entry("uk_demand_collection", Kind.RULE),
      Map.entry("uk_service_unit", Kind.RULE),
      Map.entry("uk_technology_demand_title", Kind.RULE),
      Map.entry("uk_demand_review", Kind.TWICE),
      Map.entry("uk_selection_round_case", Kind.TWICE),
      Map.entry("uk_demand_collection_case", Kind.TWICE),
      // nomination and matching (P-02, P-03, P-11; V4, V14, V16)
      Map.entry("uk_nomination_round", Kind.RULE),
      Map.entry("uk_nominee", Kind.RULE),
      Map.entry("uk_countersign", Kind.RULE),
      Map.entry("uk_round_match", Kind.RULE),
      Map.entry("uk_match_confirmation", Kind.RULE),
      Map.entry("uk_nomination_task_activity", Kind.TWICE),
      Map.entry("uk_matching_task_activity", Kind.TWICE),
      Map.entry("uk_nomination_case", Kind.TWICE),
      // agreements, dispatch, evaluation (P-12(3), P-14, P-15, P-18; V5, V10, V16)
      Map.entry("uk_agreement_no", Kind.RULE),
      Map.entry("uk_agreement_match", Kind.RULE),
      Map.entry("uk_agreement_previous", Kind.RULE),
      Map.entry("uk_dispatch_agreement", Kind.RULE),
      Map.entry("uk_dispatch_active_commissioner", Kind.RULE),
      Map.entry("uk_dispatch_business_key", Kind.RULE),
      Map.entry("uk_evaluation_scheme_in_force", Kind.RULE),
      Map.entry("uk_evaluation", Kind.RULE),
      Map.entry("uk_enterprise_rating", Kind.RULE),
      Map.entry("uk_renewal_opinion", Kind.RULE),
      Map.entry("uk_rating_request_execution", Kind.TWICE),
      Map.entry("uk_dispatch_case", Kind.TWICE),
      Map.entry("uk_evaluation_case", Kind.TWICE),
      Map.entry("uk_evaluation_scheme_case", Kind.TWICE),
      Map.entry("uk_service_record_case", Kind.TWICE),
      Map.entry("uk_misconduct_case_case", Kind.TWICE),
      // joint projects (P-19, P-20; V6, V8, V12)
      Map.entry("uk_project_commissioner_year", Kind.RULE),
      Map.entry("uk_project_enterprise_year", Kind.RULE),
      Map.entry("uk_project_serial", Kind.RULE),
      Map.entry("uk_project_review_expert", Kind.RULE),
      Map.entry("uk_project_review_reviewer", Kind.RULE),
      Map.entry("ux_project_process_instance", Kind.TWICE),
      // Spring Session's session id (V22): random UUIDs, never written twice by the application
      Map.entry("spring_session_ix1", Kind.TWICE));

  /** Longest first, so that {@code uk_evaluation_case} is not taken for {@code uk_evaluation}. */
  private static final List<String> BY_LENGTH = KNOWN.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .toList();

  /** MySQL/MariaDB: "Duplicate entry '5-2026' for key 'uk_project_commissioner_year'" (MySQL 8: 'table.key'). */
  private static final Pattern MYSQL = Pattern.compile("for key '(?:[^'.]+\\.)?([^'.]+)'");
  /** H2: "Unique index or primary key violation: \"PUBLIC.UK_PROJECT_SERIAL_INDEX_C ON PUBLIC.PROJECT_APPLICATION(…". */
  private static final Pattern H2 = Pattern.compile("\"(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+?)(?:_INDEX_[A-Za-z0-9]+)? ON ");

  private RuleConstraints() {}

  /** Every unique key the schema has, by name. */
  public static Map<String, Kind> all() {
    return KNOWN;
  }

  /** The known unique key a database refusal names, if any, searching the whole chain of causes. */
  public static Optional<Constraint> violatedBy(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof org.hibernate.exception.ConstraintViolationException hibernate
          && hibernate.getConstraintName() != null) {
        Optional<Constraint> named = named(hibernate.getConstraintName());
        if (named.isPresent()) {
          return named;
        }
      }
      if (cause instanceof SQLException sql && sql.getMessage() != null) {
        Optional<Constraint> found = inMessage(sql.getMessage());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The known unique key named in a database's message. */
  static Optional<Constraint> inMessage(String message) {
    for (Pattern pattern : List.of(MYSQL, H2)) {
      Matcher m = pattern.matcher(message);
      if (m.find()) {
        Optional<Constraint> named = named(m.group(1));
        if (named.isPresent()) {
          return named;
        }
      }
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return BY_LENGTH.stream().filter(lower::contains).findFirst().map(name -> new Constraint(name, KNOWN.get(name)));
  }

  /** A name as a database or Hibernate reports it: any case, perhaps with a schema or H2's index suffix. */
  static Optional<Constraint> named(String reported) {
    String name = reported.toLowerCase(Locale.ROOT).trim();
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      name = name.substring(dot + 1);
    }
    name = name.replaceFirst("_index_[a-z0-9]+$", "");
    Kind kind = KNOWN.get(name);
    return kind == null ? Optional.empty() : Optional.of(new Constraint(name, kind));
  }
}
