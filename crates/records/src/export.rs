//! Reports from the records: a readable table, CSV that Excel opens with Japanese intact (UTF-8
//! with a byte-order mark), JSON, and xAPI 1.0.3 statements — one per attempt and per decision
//! (and per assessment) — that any learning record store can load.

use madoguchi_rules::Name;
use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{AssessmentRow, Attempt, AttemptKind, Records, RecordsError, Staff};
use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_rules::Verdict;
use madoguchi_rules::stable::fnv1a64 as fingerprint;

/// Everything a report covers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportData {
    /// The staff members reported on.
    pub staff: Vec<Staff>,
    /// Their attempts, with decisions, oldest first.
    pub attempts: Vec<Attempt>,
    /// Their assessments, oldest first.
    pub assessments: Vec<AssessmentRow>,
}

impl ReportData {
    /// Reads the report for one staff member (by name) or everyone.
    pub fn load(records: &Records, staff: Option<&str>) -> Result<ReportData, RecordsError> {
        let members: Vec<Staff> = match staff {
            Some(name) => records.staff_named(name)?.into_iter().collect(),
            None => records.staff()?,
        };
        let mut data = ReportData {
            staff: members.clone(),
            ..ReportData::default()
        };
        let mut decisions = records.all_decisions()?;
        for member in &members {
            for mut attempt in records.attempts(Some(member.id))? {
                attempt.decisions = decisions.remove(&attempt.id).unwrap_or_default();
                data.attempts.push(attempt);
            }
            data.assessments
                .extend(records.assessments(Some(member.id))?);
        }
        data.attempts
            .sort_by(|a, b| (&a.finished_at, a.id).cmp(&(&b.finished_at, b.id)));
        data.assessments
            .sort_by(|a, b| (&a.finished_at, a.id).cmp(&(&b.finished_at, b.id)));
        Ok(data)
    }

    fn staff_name(&self, id: i64) -> String {
        self.staff
            .iter()
            .find(|s| s.id == id)
            .map_or_else(String::new, |s| s.name.clone())
    }
}

/// Titles of scenarios, for readable reports.
pub trait Titles {
    /// The scenario's title in a language (its id if unknown).
    fn title(&self, scenario: &str, lang: Lang) -> String;
}

impl<F: Fn(&str, Lang) -> String> Titles for F {
    fn title(&self, scenario: &str, lang: Lang) -> String {
        self(scenario, lang)
    }
}

fn percent(attempt: &Attempt) -> String {
    format!("{:.1}", attempt.ratio() * 100.0)
}

/// How many terminal columns a text takes (East Asian wide characters take two).
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let c = u32::from(c);
            let wide = matches!(c,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF
                | 0x20000..=0x3FFFD);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// Rows laid out in columns padded to the widest cell (by display width), two spaces apart.
fn columns(rows: &[Vec<String>]) -> String {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| display_width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(widths[i] - display_width(cell) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A stored UTC timestamp as the clinic reads it: Japan time (no daylight saving), to the minute.
pub fn local_time(timestamp: &str) -> String {
    let Ok(at) = timestamp.parse::<jiff::Timestamp>() else {
        return timestamp.to_owned();
    };
    let jst = jiff::tz::offset(9).to_datetime(at);
    format!("{}", jst.strftime("%Y-%m-%d %H:%M"))
}

/// A readable report in the language: the assessments with their readiness, then every
/// attempt, each as an aligned table; times in Japan time.
pub fn table(data: &ReportData, texts: &Texts, lang: Lang, titles: &dyn Titles) -> String {
    let t = |id: &str| texts.get(lang, id);
    let mut out = String::new();
    out.push_str(&texts.get_args(
        lang,
        "report-header",
        &[
            ("staff", data.staff.len().to_string()),
            ("attempts", data.attempts.len().to_string()),
            ("assessments", data.assessments.len().to_string()),
        ],
    ));
    out.push('\n');
    if !data.assessments.is_empty() {
        out.push('\n');
        out.push_str(&t("report-section-assessments"));
        out.push('\n');
        let mut rows = vec![vec![
            t("report-col-finished"),
            t("report-col-staff"),
            t("report-col-result"),
            t("report-col-overall"),
            t("report-col-below"),
            t("report-col-prohibited"),
            t("report-col-seed"),
        ]];
        for assessment in &data.assessments {
            // The competencies below the thresholds the assessment was taken under.
            let below = match serde_json::from_str::<madoguchi_play::assessment::Thresholds>(
                &assessment.thresholds,
            ) {
                Ok(thresholds) => {
                    let below: Vec<String> = assessment
                        .competencies
                        .iter()
                        .filter(|(_, share)| **share + 1e-9 < thresholds.competency)
                        .map(|(c, _)| texts.get(lang, &c.message_id()))
                        .collect();
                    if below.is_empty() {
                        "-".to_owned()
                    } else {
                        below.join(", ")
                    }
                }
                Err(_) => t("report-thresholds-unreadable"),
            };
            rows.push(vec![
                local_time(&assessment.finished_at),
                data.staff_name(assessment.staff_id),
                t(if assessment.passed {
                    "report-passed"
                } else {
                    "report-failed"
                }),
                format!("{:.1}%", assessment.overall * 100.0),
                below,
                assessment.prohibited.to_string(),
                assessment.seed.to_string(),
            ]);
        }
        out.push_str(&columns(&rows));
    }
    if !data.attempts.is_empty() {
        out.push('\n');
        out.push_str(&t("report-section-attempts"));
        out.push('\n');
        let mut rows = vec![vec![
            t("report-col-finished"),
            t("report-col-staff"),
            t("report-col-kind"),
            t("report-col-scenario"),
            t("report-col-score"),
            t("report-col-prohibited"),
            t("report-col-time"),
        ]];
        for attempt in &data.attempts {
            let kind = match attempt.kind {
                AttemptKind::Practice => t("report-practice"),
                AttemptKind::Assessment => t("report-in-assessment"),
            };
            rows.push(vec![
                local_time(&attempt.finished_at),
                data.staff_name(attempt.staff_id),
                kind,
                titles.title(&attempt.scenario, lang),
                format!("{}%", percent(attempt)),
                attempt.prohibited.to_string(),
                texts.get_args(
                    lang,
                    "report-seconds",
                    &[("seconds", (attempt.duration_ms / 1000).to_string())],
                ),
            ]);
        }
        out.push_str(&columns(&rows));
    }
    out
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// CSV with a byte-order mark and CRLF line ends, so Excel opens it with Japanese intact.
pub fn csv(data: &ReportData, titles: &dyn Titles) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        "staff",
        "attempt_id",
        "kind",
        "assessment_id",
        "scenario",
        "title_ja",
        "title_en",
        "seed",
        "started_at",
        "finished_at",
        "duration_s",
        "ending",
        "points",
        "max_points",
        "percent",
        "prohibited",
        "competencies",
        "rules_version",
    ];
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for a in &data.attempts {
        let kind = match a.kind {
            AttemptKind::Practice => "practice",
            AttemptKind::Assessment => "assessment",
        };
        let competencies: Vec<&str> = a.competencies.iter().map(|c| c.name()).collect();
        let fields = [
            data.staff_name(a.staff_id),
            a.id.to_string(),
            kind.to_owned(),
            a.assessment_id.map(|i| i.to_string()).unwrap_or_default(),
            a.scenario.clone(),
            titles.title(&a.scenario, Lang::Ja),
            titles.title(&a.scenario, Lang::En),
            a.seed.map(|s| s.to_string()).unwrap_or_default(),
            a.started_at.clone(),
            a.finished_at.clone(),
            format!("{:.1}", a.duration_ms as f64 / 1000.0),
            a.ending.clone().unwrap_or_default(),
            a.points.to_string(),
            a.max_points.to_string(),
            percent(a),
            a.prohibited.to_string(),
            competencies.join(" "),
            a.rules_version.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The whole report as JSON.
pub fn json(data: &ReportData) -> Value {
    json!({
        "staff": data.staff,
        "assessments": data.assessments,
        "attempts": data.attempts,
    })
}

/// Where the statements' IRIs live.
pub const DEFAULT_IRI_BASE: &str = "https://madoguchi.invalid/xapi";

/// A UUID made from a name (stable: the same record always gets the same id, so posting twice
/// is harmless).
pub fn stable_uuid(name: &str) -> String {
    let a = fingerprint(&[name.as_bytes(), b"a"]);
    let b = fingerprint(&[name.as_bytes(), b"b"]);
    let bytes: Vec<u8> = a.to_be_bytes().into_iter().chain(b.to_be_bytes()).collect();
    let hex: String = bytes
        .iter()
        .enumerate()
        .map(|(i, byte)| match i {
            // Version 5 (name-based) and the RFC 4122 variant.
            6 => format!("{:02x}", (byte & 0x0f) | 0x50),
            8 => format!("{:02x}", (byte & 0x3f) | 0x80),
            _ => format!("{byte:02x}"),
        })
        .collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// An ISO 8601 duration (`PT12.5S`).
pub fn iso_duration(ms: u64) -> String {
    let seconds = ms / 1000;
    let millis = ms % 1000;
    let (h, m, s) = (seconds / 3600, (seconds / 60) % 60, seconds % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if millis > 0 {
        let fraction = format!("{millis:03}");
        out.push_str(&format!("{s}.{}S", fraction.trim_end_matches('0')));
    } else {
        out.push_str(&format!("{s}S"));
    }
    out
}

/// An ADL verb, displayed in both languages (fluent `xapi-verb-<name>`).
fn verb(texts: &Texts, name: &str) -> Value {
    let id = format!("xapi-verb-{name}");
    json!({
        "id": format!("http://adlnet.gov/expapi/verbs/{name}"),
        "display": {"en-US": texts.get(Lang::En, &id), "ja-JP": texts.get(Lang::Ja, &id)},
    })
}

/// xAPI 1.0.3 statements: one per assessment, per attempt and per decision.
pub fn xapi(
    data: &ReportData,
    texts: &Texts,
    titles: &dyn Titles,
    base: &str,
    competency_threshold: f64,
) -> Vec<Value> {
    let base = base.trim_end_matches('/');
    let actor = |staff_id: i64| {
        json!({
            "objectType": "Agent",
            "name": data.staff_name(staff_id),
            "account": {"homePage": format!("{base}/staff"), "name": format!("staff-{staff_id}")},
        })
    };
    let mut statements = Vec::new();
    let assessment_iri =
        |row: &AssessmentRow| format!("{base}/assessments/{}-{}", row.staff_id, row.seed);
    for row in &data.assessments {
        let name = if row.passed { "passed" } else { "failed" };
        let competencies: BTreeMap<String, f64> = row
            .competencies
            .iter()
            .map(|(c, share)| (c.name().to_owned(), *share))
            .collect();
        statements.push(json!({
            "id": stable_uuid(&format!("assessment/{}/{}", row.id, row.finished_at)),
            "actor": actor(row.staff_id),
            "verb": verb(texts, name),
            "object": {
                "objectType": "Activity",
                "id": assessment_iri(row),
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
                "registration": stable_uuid(&format!("registration/assessment/{}", row.id)),
                "extensions": {
                    format!("{base}/extensions/seed"): row.seed,
                    format!("{base}/extensions/competencies"): competencies,
                    format!("{base}/extensions/prohibited"): row.prohibited,
                    format!("{base}/extensions/rules-version"): row.rules_version,
                },
            },
            "timestamp": row.finished_at,
            "version": "1.0.3",
        }));
    }
    for attempt in &data.attempts {
        let scenario_iri = format!("{base}/scenarios/{}", attempt.scenario);
        let success = attempt.prohibited == 0 && attempt.ratio() + 1e-9 >= competency_threshold;
        let name = match attempt.kind {
            AttemptKind::Practice => "attempted",
            AttemptKind::Assessment if success => "passed",
            AttemptKind::Assessment => "failed",
        };
        let registration = stable_uuid(&format!("registration/attempt/{}", attempt.id));
        let categories: Vec<Value> = attempt
            .competencies
            .iter()
            .map(|c| json!({"id": format!("{base}/competencies/{}", c.name())}))
            .collect();
        let mut context_activities = json!({"category": categories});
        if let Some(assessment) = attempt.assessment_id
            && let Some(row) = data.assessments.iter().find(|r| r.id == assessment)
        {
            context_activities["parent"] = json!([{"id": assessment_iri(row)}]);
        }
        let all_rules: std::collections::BTreeSet<&str> = attempt
            .decisions
            .iter()
            .flat_map(|d| d.rules.iter().map(|r| r.as_str()))
            .collect();
        statements.push(json!({
            "id": stable_uuid(&format!("attempt/{}/{}", attempt.id, attempt.finished_at)),
            "actor": actor(attempt.staff_id),
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
                    format!("{base}/extensions/seed"): attempt.seed,
                    format!("{base}/extensions/prohibited"): attempt.prohibited,
                    format!("{base}/extensions/rules-version"): attempt.rules_version,
                },
            },
            "timestamp": attempt.finished_at,
            "version": "1.0.3",
        }));
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
            statements.push(json!({
                "id": stable_uuid(&format!("decision/{}/{}/{}", attempt.id, decision.seq, attempt.finished_at)),
                "actor": actor(attempt.staff_id),
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
                "timestamp": offset_timestamp(&attempt.started_at, decision.at_ms).unwrap_or_else(|| attempt.finished_at.clone()),
                "version": "1.0.3",
            }));
        }
    }
    statements
}

/// The start time moved by some milliseconds, as ISO 8601.
fn offset_timestamp(start: &str, ms: u64) -> Option<String> {
    let start: jiff::Timestamp = start.parse().ok()?;
    let at = start
        .checked_add(jiff::SignedDuration::from_millis(i64::try_from(ms).ok()?))
        .ok()?;
    Some(at.to_string())
}

#[cfg(test)]
mod tests;
