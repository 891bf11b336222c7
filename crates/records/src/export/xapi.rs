//! xAPI 1.0.3 statements: one per assessment, per attempt and per decision. Identity is made to
//! be shared: the agent is `account {homePage: this installation's IRI, name: the staff
//! member's random id}`, so people of different clinics never merge in a group's learning
//! record store; statement ids are UUID v5 from the installation and the record's own random
//! id, never from the IRI base or the content, so a repost is idempotent; seeds travel as
//! strings (a JavaScript store would round a 64-bit number).

use std::collections::{BTreeMap, BTreeSet};

use jiff::SignedDuration;
use serde_json::{Value, json};
use uuid::Uuid;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_rules::{Name, Verdict};

use super::{ReportData, Titles};
use crate::{AssessmentRow, Attempt, AttemptKind, Staff, stamp};

/// Where the statements' IRIs live, unless the installation chose another base the first time
/// it wrote statements (it is fixed from then on).
pub const DEFAULT_IRI_BASE: &str = "https://madoguchi.invalid/xapi";

/// The namespace of Madoguchi's statement ids (UUID v5 of its own URL).
fn namespace() -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        b"https://madoguchi.invalid/xapi/statements",
    )
}

/// A statement id: stable for a record's statement in one installation.
pub fn statement_id(installation: &str, kind: &str, record_uid: &str, seq: u32) -> String {
    Uuid::new_v5(
        &namespace(),
        format!("{installation}/{kind}/{record_uid}/{seq}").as_bytes(),
    )
    .to_string()
}

/// An ISO 8601 duration (`PT12.5S`).
pub fn iso_duration(ms: u64) -> String {
    SignedDuration::from_millis(i64::try_from(ms).unwrap_or(i64::MAX)).to_string()
}

/// Where this installation's statements point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Installation {
    /// The installation's random id.
    pub id: String,
    /// The IRI base, fixed per installation.
    pub iri_base: String,
}

impl Installation {
    fn base(&self) -> &str {
        self.iri_base.trim_end_matches('/')
    }

    /// The installation's IRI: the agents' home page.
    pub fn iri(&self) -> String {
        format!("{}/installations/{}", self.base(), self.id)
    }

    fn actor(&self, staff: &Staff) -> Value {
        json!({
            "objectType": "Agent",
            "name": staff.name,
            "account": {"homePage": self.iri(), "name": staff.uid},
        })
    }
}

/// An ADL verb, displayed in both languages (fluent `xapi-verb-<name>`).
fn verb(texts: &Texts, name: &str) -> Value {
    let id = format!("xapi-verb-{name}");
    json!({
        "id": format!("http://adlnet.gov/expapi/verbs/{name}"),
        "display": {"en-US": texts.get(Lang::En, &id), "ja-JP": texts.get(Lang::Ja, &id)},
    })
}

/// One statement with the record it belongs to and its place among that record's statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// The record's random id (an attempt's or an assessment's).
    pub source: String,
    /// Its order among the record's statements.
    pub seq: u32,
    /// The statement.
    pub body: Value,
}

impl Statement {
    /// The statement's id.
    pub fn id(&self) -> &str {
        self.body["id"].as_str().unwrap_or_default()
    }
}

/// The statements of an assessment.
pub fn assessment_statements(
    installation: &Installation,
    staff: &Staff,
    row: &AssessmentRow,
    texts: &Texts,
) -> Vec<Statement> {
    let base = installation.base();
    let name = if row.passed { "passed" } else { "failed" };
    let competencies: BTreeMap<&str, f64> = row
        .competencies
        .iter()
        .map(|(c, share)| (c.name(), *share))
        .collect();
    vec![Statement {
        source: row.uid.clone(),
        seq: 0,
        body: json!({
            "id": statement_id(&installation.id, "assessment", &row.uid, 0),
            "actor": installation.actor(staff),
            "verb": verb(texts, name),
            "object": {
                "objectType": "Activity",
                "id": format!("{}/assessments/{}", installation.iri(), row.uid),
                "definition": {
                    "type": "http://adlnet.gov/expapi/activities/assessment",
                    "name": {
                        "ja-JP": texts.get(Lang::Ja, "xapi-assessment-name"),
                        "en-US": texts.get(Lang::En, "xapi-assessment-name"),
                    },
                },
            },
            "result": {
                "score": {"scaled": row.overall, "min": 0, "max": 1, "raw": row.overall},
                "success": row.passed,
                "completion": true,
            },
            "context": {
                "registration": statement_id(&installation.id, "registration", &row.uid, 0),
                "contextActivities": {
                    "category": [{"id": format!("{base}/categories/readiness-assessment")}],
                },
                "extensions": {
                    format!("{base}/extensions/seed"): row.seed.to_string(),
                    format!("{base}/extensions/competencies"): competencies,
                    format!("{base}/extensions/prohibited"): row.prohibited,
                    format!("{base}/extensions/threshold"): row.thresholds.competency,
                    format!("{base}/extensions/rules-version"): row.rules_version,
                },
            },
            "timestamp": stamp(row.finished_at),
            "version": "1.0.3",
        }),
    }]
}

/// The statements of an attempt: the attempt's own, then one per decision.
pub fn attempt_statements(
    installation: &Installation,
    staff: &Staff,
    attempt: &Attempt,
    parent: Option<&AssessmentRow>,
    texts: &Texts,
    titles: &dyn Titles,
    competency_threshold: f64,
) -> Vec<Statement> {
    let base = installation.base();
    let actor = installation.actor(staff);
    let scenario_iri = format!("{base}/scenarios/{}", attempt.scenario);
    let success = attempt.prohibited == 0 && attempt.ratio() + 1e-9 >= competency_threshold;
    let name = match attempt.kind {
        AttemptKind::Practice => "attempted",
        AttemptKind::Assessment if success => "passed",
        AttemptKind::Assessment => "failed",
    };
    let registration = statement_id(&installation.id, "registration", &attempt.uid, 0);
    let categories: Vec<Value> = attempt
        .competencies
        .iter()
        .map(|c| json!({"id": format!("{base}/competencies/{}", c.name())}))
        .collect();
    let mut context_activities = json!({"category": categories});
    if let Some(row) = parent {
        context_activities["parent"] =
            json!([{"id": format!("{}/assessments/{}", installation.iri(), row.uid)}]);
    }
    let all_rules: BTreeSet<&str> = attempt
        .decisions
        .iter()
        .flat_map(|d| d.rules.iter().map(|r| r.as_str()))
        .collect();
    let mut out = vec![Statement {
        source: attempt.uid.clone(),
        seq: 0,
        body: json!({
            "id": statement_id(&installation.id, "attempt", &attempt.uid, 0),
            "actor": actor,
            "verb": verb(texts, name),
            "object": {
                "objectType": "Activity",
                "id": scenario_iri,
                "definition": {
                    "type": "http://adlnet.gov/expapi/activities/simulation",
                    "name": {
                        "ja-JP": titles.title(&attempt.scenario, Lang::Ja),
                        "en-US": titles.title(&attempt.scenario, Lang::En),
                    },
                },
            },
            "result": {
                "score": {
                    "scaled": attempt.ratio(),
                    "raw": attempt.points,
                    "min": 0,
                    "max": attempt.max_points,
                },
                "success": success,
                "completion": attempt.ending.is_some(),
                "duration": iso_duration(attempt.duration_ms),
            },
            "context": {
                "registration": registration,
                "contextActivities": context_activities,
                "extensions": {
                    format!("{base}/extensions/rules"): all_rules,
                    format!("{base}/extensions/seed"): attempt.seed.map(|s| s.to_string()),
                    format!("{base}/extensions/prohibited"): attempt.prohibited,
                    format!("{base}/extensions/rules-version"): attempt.rules_version,
                },
            },
            "timestamp": stamp(attempt.finished_at),
            "version": "1.0.3",
        }),
    }];
    for decision in &attempt.decisions {
        let right = matches!(decision.verdict, Verdict::Right | Verdict::Acceptable);
        let points = decision.verdict.points();
        let mut result = json!({
            "response": decision.action.message_id(),
            "success": right,
            "duration": iso_duration(decision.took_ms),
            "extensions": {
                format!("{base}/extensions/verdict"): decision.verdict.name(),
                format!("{base}/extensions/scored"): decision.scored,
            },
        });
        // A beat with one choice is a step, not a decision: it has no score.
        if decision.scored {
            result["score"] =
                json!({"scaled": f64::from(points) / 2.0, "raw": points, "min": 0, "max": 2});
        }
        let at = attempt
            .started_at
            .checked_add(SignedDuration::from_millis(
                i64::try_from(decision.at_ms).unwrap_or(i64::MAX),
            ))
            .unwrap_or(attempt.finished_at);
        out.push(Statement {
            source: attempt.uid.clone(),
            seq: decision.seq,
            body: json!({
                "id": statement_id(&installation.id, "decision", &attempt.uid, decision.seq),
                "actor": installation.actor(staff),
                "verb": verb(texts, "answered"),
                "object": {
                    "objectType": "Activity",
                    "id": format!("{scenario_iri}/beats/{}", decision.beat),
                    "definition": {
                        "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                        "interactionType": "choice",
                    },
                },
                "result": result,
                "context": {
                    "registration": registration,
                    "contextActivities": {
                        "parent": [{"id": scenario_iri}],
                        "category": categories,
                    },
                    "extensions": {
                        format!("{base}/extensions/rules"): decision.rules.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
                    },
                },
                "timestamp": stamp(at),
                "version": "1.0.3",
            }),
        });
    }
    out
}

/// Every statement of a report, assessments first, then each attempt with its decisions.
pub fn statements(
    installation: &Installation,
    data: &ReportData,
    texts: &Texts,
    titles: &dyn Titles,
    competency_threshold: f64,
) -> Vec<Statement> {
    let staff = |id: i64| data.staff.iter().find(|s| s.id == id);
    let mut out = Vec::new();
    for row in &data.assessments {
        if let Some(member) = staff(row.staff_id) {
            out.extend(assessment_statements(installation, member, row, texts));
        }
    }
    for attempt in &data.attempts {
        let parent = attempt
            .assessment_id
            .and_then(|id| data.assessments.iter().find(|r| r.id == id));
        if let Some(member) = staff(attempt.staff_id) {
            out.extend(attempt_statements(
                installation,
                member,
                attempt,
                parent,
                texts,
                titles,
                competency_threshold,
            ));
        }
    }
    out
}
