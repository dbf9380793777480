/**
 * A share as the percent a reader sees (0.25 → `25%`): the one formatter behind every percent
 * Goodhart prints, so a `ratchet`, an `audit`, a `reward` or a share of the score reads the same
 * in a checker message, a hover, `score --explain`, `diff`, `exploits` and a usage error.
 *
 * `decimals` is the precision usual in the place (a message reads `18.2%`, a diff `33.33%`);
 * trailing zeros are dropped. Rounding to it must not change what the figure says: a share that
 * is not 0 never shows as 0% (`ratchet 0.01%` is a ratchet, which is why KPI207 speaks), and one
 * that is not exactly 100% never as 100% (a mix summing to 100.001% is why it is refused). Such
 * a share gets the decimals that tell it apart, up to the 9 decimals of a share that scoring keeps
 * (LANGUAGE §5.3); one nearer 0 than that is shown to two significant digits.
 */
export function percentText(share: number, decimals = 1): string {
  return `${percentFigure(share, decimals)}%`;
}

/** The same figure without its `%`, for a sentence that writes the sign (`{audit}% audited`, `+{amount} points`). */
export function percentFigure(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return String(share);
  // Beyond 10¹⁵ (a CSV cell of 1e306 read as a share) there are no decimals to round, and
  // share × 10^(d+2) could overflow to Infinity: the digits are shown as they are.
  if (Math.abs(share) >= 1e15) return largePercent(share);
  let d = decimals;
  let p = rounded(share, d);
  while (d < KEPT_DECIMALS && misleads(p, share)) p = rounded(share, ++d);
  if (p === 0 && share !== 0) return String(Number((share * 100).toPrecision(2)));
  return String(p);
}

/** A share is kept to 9 decimals, so its percent to 7: more would show float noise. */
const KEPT_DECIMALS = 7;

function rounded(share: number, decimals: number): number {
  // `+ 0` turns a rounded -0 into 0: no "-0%".
  return Math.round(share * 10 ** (decimals + 2)) / 10 ** decimals + 0;
}

/** Whether `shown` says none or all when `share` is neither. */
function misleads(shown: number, share: number): boolean {
  return (shown === 0 && share !== 0) || (Math.abs(shown) === 100 && Math.abs(share) !== 1);
}

/** x × 100 for a very large x: where the product would overflow, the exponent moves instead. */
function largePercent(x: number): string {
  const p = x * 100;
  if (Number.isFinite(p)) return String(p);
  const [mantissa, exponent = "0"] = x.toExponential().split("e");
  return `${mantissa}e+${Number(exponent) + 2}`;
}
