#!/usr/bin/env node
// Generates the sample staff CSVs beside the example schemes. Deterministic: a fixed seed per
// file, so re-running rewrites byte-identical files and a diff means the generator changed.
//
//   node examples/tools/make-staff.mjs          # (re)write every CSV
//   node examples/tools/make-staff.mjs --check  # exit 1 when a committed CSV is out of date
//
// Each file has `id`, `unit` (the quota pool), then one column per metric of its scheme, named
// exactly as the metric and in declaration order. A few cells are left empty on purpose (a
// missing value, scored per the scheme's `missing` policy), and some ratio cells are written
// as percents (`87%`) rather than decimals, since the CSV reader accepts both.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** mulberry32: tiny, fast, and the same sequence in every JavaScript engine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(seed) {
  const r = prng(seed);
  const uniform = (lo, hi) => lo + (hi - lo) * r();
  const int = (lo, hi) => Math.floor(uniform(lo, hi + 1));
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const chance = (p) => r() < p;
  /** A share as a CSV cell: mostly a 3-place decimal, sometimes a percent with one place. */
  const share = (x) => (chance(0.25) ? `${(x * 100).toFixed(1).replace(/\.0$/, "")}%` : x.toFixed(3));
  return { r, uniform, int, pick, chance, share };
}

/** Blanks `count` distinct cells, never `id` or a pool column, so each file shows missing data. */
function blankSome(rows, columns, count, t) {
  const metricColumns = columns.filter((c) => c !== "id" && c !== "unit" && c !== "role");
  let blanked = 0;
  while (blanked < count) {
    const row = rows[t.int(0, rows.length - 1)];
    const column = t.pick(metricColumns);
    if (row[column] === "") continue;
    row[column] = "";
    blanked += 1;
  }
}

function toCsv(columns, rows) {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => String(row[c])).join(","));
  return `${lines.join("\n")}\n`;
}

const generators = {
  // Decree 335 clerks in three district one-stop shops; monthly dossier counts.
  "one-stop-shop-clerk": () => {
    const t = tools(335);
    const units = ["Huyện Diên Khánh", "Huyện Cam Lâm", "Thị xã Ninh Hòa"];
    const columns = [
      "id",
      "unit",
      "assigned",
      "resolved",
      "resolved_on_time",
      "major_errors",
      "satisfaction",
      "leader_assessment",
      "reprimands",
    ];
    const rows = [];
    for (let i = 1; i <= 60; i++) {
      const skill = t.uniform(0, 1);
      const assigned = t.int(80, 220);
      const resolved = Math.round(assigned * t.uniform(0.78 + 0.12 * skill, 1));
      const onTime = Math.round(resolved * t.uniform(0.86 + 0.1 * skill, 1));
      const errors = Math.round(resolved * t.uniform(0, 0.09 - 0.06 * skill));
      rows.push({
        id: `cc${String(i).padStart(3, "0")}`,
        unit: units[(i - 1) % units.length],
        assigned,
        resolved,
        resolved_on_time: onTime,
        major_errors: errors,
        satisfaction: t.share(Math.min(0.99, t.uniform(0.72, 0.9) + 0.07 * skill)),
        leader_assessment: t.int(60, 85) + Math.round(12 * skill),
        reprimands: t.chance(0.04) ? 1 : 0,
      });
    }
    blankSome(rows, columns, 5, t);
    return { columns, rows };
  },

  // Caseworkers in four teams; closures are self-reported and audited.
  "balanced-casework": () => {
    const t = tools(1975);
    const units = ["team_north", "team_south", "team_east", "team_west"];
    const columns = ["id", "unit", "received", "closed", "closed_on_time", "open_at_end", "reopened", "satisfaction", "audit_failures"];
    const rows = [];
    for (let i = 1; i <= 90; i++) {
      const skill = t.uniform(0, 1);
      const received = t.int(30, 70);
      const closed = Math.min(received, Math.round(received * t.uniform(0.72 + 0.15 * skill, 1.02)));
      const onTime = Math.round(closed * t.uniform(0.75 + 0.15 * skill, 1));
      const open = Math.max(0, Math.round(received * t.uniform(0.04, 0.35 - 0.2 * skill)));
      const reopened = Math.round(closed * t.uniform(0, 0.16 - 0.1 * skill));
      rows.push({
        id: `cw${String(i).padStart(3, "0")}`,
        unit: units[(i - 1) % units.length],
        received,
        closed,
        closed_on_time: onTime,
        open_at_end: open,
        reopened,
        satisfaction: t.share(Math.min(0.98, t.uniform(0.66, 0.88) + 0.08 * skill)),
        audit_failures: t.chance(0.05) ? t.int(1, 2) : 0,
      });
    }
    blankSome(rows, columns, 6, t);
    return { columns, rows };
  },

  // Field sales reps in three regions; quarterly revenue against a 250,000 plan.
  "sales-revenue": () => {
    const t = tools(120);
    const units = ["region_north", "region_central", "region_south"];
    const columns = ["id", "unit", "revenue", "orders", "cancelled", "satisfaction"];
    const rows = [];
    for (let i = 1; i <= 45; i++) {
      const skill = t.uniform(0, 1);
      const revenue = Math.round(t.uniform(140_000, 260_000) + 90_000 * skill);
      const orders = t.int(18, 40) + Math.round(30 * skill);
      const cancelled = Math.round(orders * t.uniform(0, 0.18));
      rows.push({
        id: `rep${String(i).padStart(2, "0")}`,
        unit: units[(i - 1) % units.length],
        revenue,
        orders,
        cancelled,
        satisfaction: t.share(t.uniform(0.6, 0.95)),
      });
    }
    blankSome(rows, columns, 4, t);
    return { columns, rows };
  },

  // The excessive scheme's self-reports: a third of clerks log exactly 100%, as it pays.
  "same-day-100": () => {
    const t = tools(100);
    const columns = ["id", "unit", "received", "processed", "processed_same_day"];
    const rows = [];
    for (let i = 1; i <= 50; i++) {
      const received = t.int(60, 160);
      const reportsPerfect = t.chance(0.35);
      const processed = reportsPerfect ? received : Math.round(received * t.uniform(0.88, 1));
      const sameDay = reportsPerfect ? received : Math.round(processed * t.uniform(0.8, 0.99));
      rows.push({
        id: `cl${String(i).padStart(2, "0")}`,
        unit: i <= 25 ? "office_a" : "office_b",
        received,
        processed,
        processed_same_day: sameDay,
      });
    }
    blankSome(rows, columns, 3, t);
    return { columns, rows };
  },
};

// Decree 335 civil servants in two agencies, each with job groups of different sizes (the
// quota is counted per agency and job group, `pool unit, role`); quarterly product counts.
generators["decree-335-civil-servant"] = () => {
  const t = tools(3352025);
  const groups = [
    ["Sở Nội vụ", "chuyên viên", 14],
    ["Sở Nội vụ", "cán sự", 4],
    ["Sở Nội vụ", "lãnh đạo phòng", 3],
    ["UBND huyện Diên Khánh", "chuyên viên", 12],
    ["UBND huyện Diên Khánh", "cán sự", 6],
    ["UBND huyện Diên Khánh", "lãnh đạo phòng", 3],
  ];
  const columns = [
    "id",
    "unit",
    "role",
    "assigned",
    "done",
    "done_on_time",
    "major_errors",
    "politics",
    "ethics",
    "discipline",
    "attitude",
    "disciplinary",
  ];
  const rows = [];
  let i = 0;
  for (const [unit, role, size] of groups) {
    for (let k = 0; k < size; k++) {
      i += 1;
      const skill = t.uniform(0, 1);
      const assigned = t.int(12, 30);
      const done = Math.min(assigned, Math.round(assigned * t.uniform(0.8 + 0.15 * skill, 1.02)));
      const onTime = Math.round(done * t.uniform(0.85 + 0.12 * skill, 1));
      const errors = t.chance(0.6 - 0.4 * skill) ? t.int(1, 3) : 0;
      const general = () => Math.round(Math.min(100, t.uniform(75, 95) + 5 * skill));
      rows.push({
        id: `cc${String(i).padStart(3, "0")}`,
        unit,
        role,
        assigned,
        done,
        done_on_time: onTime,
        major_errors: errors,
        politics: general(),
        ethics: general(),
        discipline: general(),
        attitude: general(),
        disciplinary: t.chance(0.04) ? 1 : 0,
      });
    }
  }
  blankSome(rows, columns, 3, t);
  return { columns, rows };
};

// Decision 766 index: one row per agency or district, grouped by level.
generators["decision-766-unit"] = () => {
  const t = tools(7662022);
  const columns = [
    "id",
    "unit",
    "received",
    "resolved",
    "resolved_on_time",
    "published",
    "online_share",
    "paid_online",
    "digitised",
    "satisfaction",
  ];
  const rows = [];
  const levels = [
    ["cấp tỉnh", "so", 12],
    ["cấp huyện", "huyen", 9],
    ["cấp xã", "xa", 15],
  ];
  for (const [level, prefix, count] of levels) {
    for (let k = 1; k <= count; k++) {
      const q = t.uniform(0, 1);
      const received = t.int(400, 6000);
      const resolved = Math.round(received * t.uniform(0.85, 0.99));
      rows.push({
        id: `${prefix}${String(k).padStart(2, "0")}`,
        unit: level,
        received,
        resolved,
        resolved_on_time: Math.round(resolved * t.uniform(0.9 + 0.09 * q, 1)),
        published: t.share(t.uniform(0.8 + 0.15 * q, 1)),
        online_share: t.share(t.uniform(0.3 + 0.4 * q, 0.9)),
        paid_online: t.share(t.uniform(0.2 + 0.4 * q, 0.8)),
        digitised: t.share(t.uniform(0.4 + 0.4 * q, 0.95)),
        satisfaction: t.share(Math.min(0.99, t.uniform(0.75, 0.9) + 0.08 * q)),
      });
    }
  }
  blankSome(rows, columns, 3, t);
  return { columns, rows };
};

const check = process.argv.includes("--check");
let stale = 0;
for (const [scheme, generate] of Object.entries(generators)) {
  const { columns, rows } = generate();
  const text = toCsv(columns, rows);
  const path = join(examplesDir, `${scheme}.staff.csv`);
  if (check) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // A missing file is simply out of date.
    }
    if (current !== text) {
      console.error(`${path} is out of date: run node examples/tools/make-staff.mjs`);
      stale += 1;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${rows.length} rows)`);
  }
}
if (stale > 0) process.exit(1);
