/** Schemes the browser tests type into the editor. */
export const VALID_SCHEME = `scheme "E2E clerk" {
  period month
}

metric closed "Cases closed" {
  type count
  source self
  observes cases.closed
  audit 10%
}

metric received "Cases received" {
  type count
  source system
  observes cases.received
}

metric satisfaction "Satisfaction" {
  type ratio
  source survey
  observes survey.satisfaction
}

indicator closure_rate "Share of cases closed" {
  aspect volume
  value closed / received
  floor 70%
  target 90%
  weight 50
}

indicator happy "Citizens satisfied" {
  aspect satisfaction
  value satisfaction
  floor 60%
  target 90%
  weight 50
}

rating good "Good" {
  min 70
  reward 10%
}

rating poor "Poor" {
  reward 0%
}
`;

/** The same scheme with an unknown name (KPI002) in the first indicator. */
export const SCHEME_WITH_ERROR = VALID_SCHEME.replace("value closed / received", "value closedd / received");

/** A plain 95 compared with a ratio: KPI102, whose quick fix writes 95%. */
export const SCHEME_NEEDING_PERCENT = VALID_SCHEME.replace("target 90%\n  weight 50\n}\n\nrating", "target 95\n  weight 50\n}\n\nrating");

/** The valid scheme with quota pools and a quota on its top band (a pool report applies). */
export const POOLED_SCHEME = VALID_SCHEME.replace("  period month\n}", "  period month\n  pool unit, role\n}").replace(
  'rating good "Good" {\n  min 70\n  reward 10%\n}',
  'rating best "Best" {\n  min 85\n  quota 20%\n  reward 15%\n}\n\nrating good "Good" {\n  min 70\n  reward 10%\n}',
);
