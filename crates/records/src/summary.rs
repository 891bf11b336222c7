//! What the manager's records screen shows: for each staff member, readiness per competency
//! (from the latest assessment, and from practice), attempt counts and the score trend.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{AssessmentRow, AttemptKind, Records, RecordsError, Staff};
use madoguchi_play::scenario::Competency;

/// One staff member's line in the overview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffSummary {
    /// The staff member.
    pub staff: Staff,
    /// Practice attempts.
    pub practice_attempts: usize,
    /// Assessments taken.
    pub assessments: usize,
    /// The latest assessment, if any.
    pub latest_assessment: Option<AssessmentRow>,
    /// Average share per competency over practice attempts.
    pub practice: BTreeMap<Competency, f64>,
    /// Every attempt's share in time order (practice and assessment), for the trend plot.
    pub trend: Vec<(jiff::Timestamp, f64, AttemptKind)>,
}

/// The overview of every staff member, by name.
pub fn overview(records: &Records) -> Result<Vec<StaffSummary>, RecordsError> {
    let (staff, attempts, assessments) = records.snapshot(|records| {
        Ok((
            records.staff()?,
            records.attempts(None)?,
            records.assessments(None)?,
        ))
    })?;
    let mut by_staff: BTreeMap<i64, StaffSummary> = staff
        .iter()
        .map(|s| {
            (
                s.id,
                StaffSummary {
                    staff: s.clone(),
                    practice_attempts: 0,
                    assessments: 0,
                    latest_assessment: None,
                    practice: BTreeMap::new(),
                    trend: Vec::new(),
                },
            )
        })
        .collect();
    let mut sums: BTreeMap<(i64, Competency), (f64, u32)> = BTreeMap::new();
    for attempt in &attempts {
        let Some(summary) = by_staff.get_mut(&attempt.staff_id) else {
            continue;
        };
        summary
            .trend
            .push((attempt.finished_at, attempt.ratio(), attempt.kind));
        if attempt.kind == AttemptKind::Practice {
            summary.practice_attempts += 1;
            for competency in &attempt.competencies {
                let entry = sums.entry((attempt.staff_id, *competency)).or_default();
                entry.0 += attempt.ratio();
                entry.1 += 1;
            }
        }
    }
    for ((staff_id, competency), (total, count)) in sums {
        if let Some(summary) = by_staff.get_mut(&staff_id) {
            summary
                .practice
                .insert(competency, total / f64::from(count));
        }
    }
    for row in assessments {
        if let Some(summary) = by_staff.get_mut(&row.staff_id) {
            summary.assessments += 1;
            summary.latest_assessment = Some(row);
        }
    }
    let mut out: Vec<StaffSummary> = by_staff.into_values().collect();
    out.sort_by(|a, b| a.staff.name.cmp(&b.staff.name));
    Ok(out)
}
