/** Shown when the repository has no examples: a small, valid, deliberately imperfect scheme. */
export const STARTER_SCHEME = `scheme "Starter: casework clerk" {
  period month
}

metric closed "Cases closed" {
  type count
  source self
  observes cases.closed
}

metric received "Cases received" {
  type count
  source system
  observes cases.received
}

indicator closure_rate "Share of cases closed" {
  aspect volume
  value closed / received
  floor 70%
  target 95%
  weight 100
}

rating good "Good" {
  min 70
  reward 5%
}

rating poor "Poor" {
  reward 0%
}
`;
