/**
 * docs/model.md §10: each phenomenon, by two runs that differ only in the scheme or the
 * population. Populations are large enough (3,000 staff × 6 periods = 18,000 choices) that the
 * direction is not luck; margins are set well inside what the model produces.
 */
import { describe, expect, it } from "vitest";
import { run } from "./support/kpi.ts";
import * as S from "./schemes.ts";

const P = { staff: 3000, periods: 6 };

describe("phenomena of docs/model.md §10", () => {
  // Falsification rises on all three designs (×1.7 to ×8 from 80% to 100% at 3,000 staff), and so
  // does gaming (+8 to +40 points). The score–truth correlation falls by 0.12–0.15 on both
  // on-time shares; on a completion share it rises, a documented limit (docs/model.md §12):
  // most meet an 80% completion target, and the ties at the top lower the correlation more
  // than the 100% target's falsification does.
  it.each([
    ["a completion share", (t: string) => S.selfReportedTarget(t), true, false],
    ["an on-time share of closures", (t: string) => S.onTimeTarget(t, "closures"), true, true],
    ["an on-time share of cases received", (t: string) => S.onTimeTarget(t, "received"), true, true],
  ] as const)("1. raising a self-reported target toward 100%% raises falsification: %s", (_, design, gaming, correlation) => {
    const moderate = run(design("80%"), P).summary;
    const extreme = run(design("100%"), P).summary;
    expect(extreme.falsifiedShare!).toBeGreaterThan(1.5 * moderate.falsifiedShare!);
    if (gaming) expect(extreme.gamingRate!).toBeGreaterThan(moderate.gamingRate! + 0.02);
    if (correlation) expect(extreme.scoreTruthCorrelation!).toBeLessThan(moderate.scoreTruthCorrelation! - 0.1);
  });

  it("2. auditing a metric with a gate on what audits find lowers falsification (Becker)", () => {
    const unaudited = run(S.selfReportedTarget("100%"), P).summary;
    const audited = run(S.AUDITED, P).summary;
    expect(audited.falsifiedShare!).toBeLessThan(unaudited.falsifiedShare! / 3);
    expect(audited.gaming.falsify!).toBeLessThan(unaudited.gaming.falsify!);
    expect(audited.auditFailures!).toBeGreaterThanOrEqual(0);
  });

  it("3. pairing a volume indicator with a quality indicator lowers rushing and raises true value", () => {
    const volume = run(S.VOLUME_ONLY, P).summary;
    const paired = run(S.VOLUME_AND_QUALITY, P).summary;
    expect(paired.gaming.rush!).toBeLessThan(volume.gaming.rush! / 2);
    expect(paired.meanTrueValue!).toBeGreaterThan(volume.meanTrueValue!);
  });

  it("4a. a population of saints never games", () => {
    const saints = run(S.selfReportedTarget("100%"), { ...P, saints: 1, honest: 0, reactive: 0, maniacs: 0 }).summary;
    expect(saints.gamingRate).toBe(0);
    expect(saints.falsifiedShare).toBe(0);
    for (const share of Object.values(saints.gaming)) expect(share).toBe(0);
  });

  it("4b. zero rewards bring less gaming than large ones", () => {
    const zero = run(S.rewards("0%", "0%", "0%"), P).summary;
    const large = run(S.rewards("40%", "15%", "-20%"), P).summary;
    expect(zero.gamingRate!).toBeLessThan(large.gamingRate! / 2);
  });

  it("5. a cliff bunches measured values just above its threshold", () => {
    const cliff = run(S.CLIFF, P).indicators.on_time!;
    // The same 90% threshold reached gradually (0 points at 70%, full at 90%).
    const slope = run(S.SLOPE.replace("floor 70% target 100%", "floor 70% target 90%"), P).indicators.on_time!;
    expect(cliff.threshold).toBeCloseTo(0.9, 12);
    expect(slope.threshold).toBeCloseTo(0.9, 12);
    expect(cliff.bunching!).toBeGreaterThan(1.5);
    expect(cliff.bunching!).toBeGreaterThan(slope.bunching!);
  });

  it("6. a ratchet makes gamers hold back output below what they could reach (Weitzman)", () => {
    const gamers = { ...P, saints: 0, honest: 0, reactive: 0.5, maniacs: 0.5 };
    const flat = run(S.closures(40), gamers).summary;
    const ratchet = run(S.closures(40, "50%"), gamers).summary;
    expect(ratchet.gaming.holdBack!).toBeGreaterThan(1.5 * flat.gaming.holdBack!);
    expect(ratchet.meanReported!).toBeLessThan(flat.meanReported!);
  });

  it("7. a target out of reach lowers morale and real output; a hard but reachable one raises effort", () => {
    // Hard but reachable in a world of 40 new cases a period: 36 (the steady world caps what
    // the able can close at what arrives, so 48 is now out of reach for most).
    const easy = run(S.closures(20), P).summary;
    const hard = run(S.closures(36), P).summary;
    const unreachable = run(S.closures(200), P).summary;
    expect(unreachable.morale!).toBeLessThan(hard.morale! - 0.2);
    expect(unreachable.meanTrueValue!).toBeLessThan(hard.meanTrueValue!);
    expect(hard.meanEffort!).toBeGreaterThan(easy.meanEffort!);
  });

  it("8. volume-only schemes leave hard cases in the backlog (cherry-picking)", () => {
    const volume = run(S.VOLUME_ONLY, P).summary;
    const balanced = run(S.VOLUME_AND_HARD, P).summary;
    expect(volume.hardBacklog!).toBeGreaterThan(balanced.hardBacklog!);
    expect(volume.gaming.cherryPick!).toBeGreaterThan(balanced.gaming.cherryPick!);
  });

  it("9. when luck outweighs ability, ratings rank luck (Deming's red beads)", () => {
    // A target near what arrives (40): at 48 nobody reaches it honestly, and scores then say
    // little about ability whatever the luck.
    const skill = run(S.closures(40), { ...P, luck: 0.05 }).summary;
    const luck = run(S.closures(40), { ...P, luck: 0.95 }).summary;
    expect(luck.scoreAbilityCorrelation!).toBeLessThan(0.15);
    expect(luck.scoreAbilityCorrelation!).toBeLessThan(skill.scoreAbilityCorrelation! - 0.15);
  });
});
