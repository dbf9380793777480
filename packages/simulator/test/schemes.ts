/** Schemes written for the phenomenon tests, as a policy designer would write them. */

export const RATINGS = `
rating excellent { min 90 reward 15% }
rating good { min 70 reward 5% }
rating not_completed { reward -10% }
`;

/** A self-reported completion rate with an adjustable target. */
export function selfReportedTarget(target: string, extra = ""): string {
  return `
metric done "Cases reported done" { type count source self observes cases.closed ${extra} }
metric received { type count source system observes cases.received }
indicator completion { aspect volume value done / received floor 50% target ${target} weight 100 }
${RATINGS}`;
}

export const AUDITED = `
metric done "Cases reported done" { type count source self observes cases.closed audit 20% }
metric received { type count source system observes cases.received }
metric failures { type count source audit observes audit.failures }
indicator completion { aspect volume value done / received floor 50% target 100% weight 100 }
gate falsified { when failures > 0 cap rating not_completed }
${RATINGS}`;

export const VOLUME_ONLY = `
metric closed { type count source system observes cases.closed }
indicator volume { aspect volume value closed floor 30 target 48 weight 100 }
${RATINGS}`;

export const VOLUME_AND_QUALITY = `
metric closed { type count source system observes cases.closed }
metric reopened { type count source system observes cases.reopened }
indicator volume { aspect volume value closed floor 30 target 48 weight 50 }
indicator rework { aspect quality value reopened / closed better lower floor 8% target 2% weight 50 }
${RATINGS}`;

export const VOLUME_AND_HARD = `
metric closed { type count source system observes cases.closed }
metric hard_closed { type count source system observes cases.closed_hard }
indicator volume { aspect volume value closed floor 30 target 48 weight 50 }
indicator hard { aspect quality value hard_closed floor 4 target 9 weight 50 }
${RATINGS}`;

export function rewards(excellent: string, good: string, fallback: string): string {
  return selfReportedTarget("100%").replace(
    RATINGS,
    `
rating excellent { min 90 reward ${excellent} }
rating good { min 70 reward ${good} }
rating not_completed { reward ${fallback} }
`,
  );
}

const ON_TIME = `
metric done { type count source self observes cases.closed }
metric on_time_n { type count source self observes cases.closed_on_time }
`;

/** A self-reported on-time share, of closures or of cases received, with a given target. */
export function onTimeTarget(target: string, of: "closures" | "received"): string {
  return `${ON_TIME}
metric received { type count source system observes cases.received }
indicator on_time { aspect timeliness value on_time_n / ${of === "closures" ? "done" : "received"} floor 60% target ${target} weight 100 }
${RATINGS}`;
}

export const CLIFF = `${ON_TIME}
indicator on_time { aspect timeliness value on_time_n / done step 90% -> 100 weight 100 }
${RATINGS}`;

export const SLOPE = `${ON_TIME}
indicator on_time { aspect timeliness value on_time_n / done floor 70% target 100% weight 100 }
${RATINGS}`;

export function closures(target: number, ratchet = "0%"): string {
  return `
metric closed { type count source system observes cases.closed }
indicator volume { aspect volume value closed floor ${Math.round(target * 0.75)} target ${target} ratchet ${ratchet} weight 100 }
${RATINGS}`;
}
