//! Reports from the records: a readable table, CSV that Excel opens with Japanese intact (UTF-8
//! with a byte-order mark, and no cell Excel would run as a formula), JSON, and xAPI 1.0.3
//! statements ([`xapi`]) that any learning record store can load.

pub mod xapi;

use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_rules::Name;

use crate::{AssessmentRow, Attempt, AttemptKind, Records, RecordsError, Staff, stamp};

/// Everything a report covers, read in one snapshot of the file.
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
    /// Reads the report for one staff member (by name) or everyone, all in one read
    /// transaction: an attempt is never shown without the decisions stored with it.
    pub fn load(records: &Records, staff: Option<&str>) -> Result<ReportData, RecordsError> {
        records.snapshot(|records| {
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
            data.attempts.sort_by_key(|a| (a.finished_at, a.id));
            data.assessments.sort_by_key(|a| (a.finished_at, a.id));
            Ok(data)
        })
    }

    /// A staff member's name by row id.
    pub fn staff_name(&self, id: i64) -> String {
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

/// Text safe to print on a terminal: control characters (escape sequences, bidi overrides,
/// new lines) are replaced by a space, so a name cannot redraw the screen or break a line.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
            {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Rows laid out in columns padded to the widest cell (by display width: East Asian wide
/// characters take two), two spaces apart.
fn columns(rows: &[Vec<String>]) -> String {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.width())
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
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A stored time as the clinic reads it: Japan time (no daylight saving), to the minute.
pub fn local_time(at: jiff::Timestamp) -> String {
    let jst = jiff::tz::offset(9).to_datetime(at);
    jst.strftime("%Y-%m-%d %H:%M").to_string()
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
            let below: Vec<String> = assessment
                .below()
                .iter()
                .map(|c| texts.get(lang, &c.message_id()))
                .collect();
            rows.push(vec![
                local_time(assessment.finished_at),
                printable(&data.staff_name(assessment.staff_id)),
                t(if assessment.passed {
                    "report-passed"
                } else {
                    "report-failed"
                }),
                format!("{:.1}%", assessment.overall * 100.0),
                if below.is_empty() {
                    "-".to_owned()
                } else {
                    below.join(", ")
                },
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
                local_time(attempt.finished_at),
                printable(&data.staff_name(attempt.staff_id)),
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

/// A cell Excel shows as text: one that starts like a formula (`=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading apostrophe, so a staff name such as `=HYPERLINK(…)` is
/// never run.
pub fn excel_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// CSV with a byte-order mark and CRLF line ends, so Excel opens it with Japanese intact; every
/// cell is formula-safe ([`excel_safe`]).
pub fn csv(data: &ReportData, titles: &dyn Titles) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
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
    let _ = writer.write_record(header);
    for a in &data.attempts {
        let competencies: Vec<&str> = a.competencies.iter().map(|c| c.name()).collect();
        let fields = [
            data.staff_name(a.staff_id),
            a.id.to_string(),
            a.kind.name().to_owned(),
            a.assessment_id.map(|i| i.to_string()).unwrap_or_default(),
            a.scenario.clone(),
            titles.title(&a.scenario, Lang::Ja),
            titles.title(&a.scenario, Lang::En),
            a.seed.map(|s| s.to_string()).unwrap_or_default(),
            stamp(a.started_at),
            stamp(a.finished_at),
            format!("{:.1}", a.duration_ms as f64 / 1000.0),
            a.ending.map(|e| e.name().to_owned()).unwrap_or_default(),
            a.points.to_string(),
            a.max_points.to_string(),
            percent(a),
            a.prohibited.to_string(),
            competencies.join(" "),
            a.rules_version.clone(),
        ];
        let _ = writer.write_record(fields.iter().map(|f| excel_safe(f)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut out = String::from("\u{feff}");
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

/// The whole report as JSON (seeds as strings, so no reader rounds them).
pub fn json(data: &ReportData) -> Value {
    let mut value = json!({
        "staff": data.staff,
        "assessments": data.assessments,
        "attempts": data.attempts,
    });
    for list in ["assessments", "attempts"] {
        if let Some(items) = value[list].as_array_mut() {
            for item in items {
                if let Some(seed) = item.get("seed").and_then(Value::as_u64) {
                    item["seed"] = Value::String(seed.to_string());
                }
            }
        }
    }
    value
}

#[cfg(test)]
mod tests;
