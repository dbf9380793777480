/**
 * What each metric `source` invites staff to do. Hover and completion both show it, so a
 * designer choosing a source sees the gaming it opens before the simulator shows it.
 */
import type { MetricSource } from "../semantics/model.ts";

export const SOURCE_RISKS: Readonly<Record<MetricSource, string>> = {
  system: "Recorded by a system: hard to falsify, but staff can still shape what gets recorded (when a case is opened, split or closed).",
  self: "Reported by the staff member: can be falsified. Audit a share of the records, or the figure drifts toward the target.",
  survey: "Collected by a survey: respondents can be pressured, chosen or coached, and unhappy ones can be kept from answering.",
  supervisor: "The supervisor's judgement: invites ingratiation and favouritism, and is hard for staff to contest.",
  audit: "Independently checked records: the hardest to game, but costly, so usually only a sample.",
};

export function isMetricSource(word: string): word is MetricSource {
  return Object.hasOwn(SOURCE_RISKS, word);
}
