/**
 * The English catalogue: the reference every other language must match key for key and
 * placeholder for placeholder (i18n.test.ts). ICU MessageFormat: `{name}` a value,
 * `{n, plural, one {…} other {…}}` a plural; a literal brace is written '{'.
 */
export const en = {
  // ── Diagnostic codes: titles and one-line summaries (the codes themselves live in codes.ts)
  "code.KPI001.title": "syntax error",
  "code.KPI001.summary": "The text does not follow the grammar of a rule file.",
  "code.KPI002.title": "unknown name",
  "code.KPI002.summary": "A name is used that no declaration (or built-in) defines.",
  "code.KPI003.title": "duplicate name",
  "code.KPI003.summary": "Two declarations share a name; every name in a file is unique.",
  "code.KPI004.title": "bad property",
  "code.KPI004.summary": "An unknown or repeated property, or a value of the wrong kind.",
  "code.KPI005.title": "missing property",
  "code.KPI005.summary": "A property that this kind of declaration requires is absent.",
  "code.KPI006.title": "rating bands",
  "code.KPI006.summary": "No fallback band, two fallbacks, or two bands with the same `min`.",
  "code.KPI007.title": "contradictory thresholds",
  "code.KPI007.summary": "Floor equals target, or thresholds run against `better`.",
  "code.KPI008.title": "cycle",
  "code.KPI008.summary": "Groups nest in a circle, or indicator values refer to each other in a circle.",
  "code.KPI101.title": "weights do not sum to 100",
  "code.KPI101.summary": "Sibling weights do not add up to 100, so each weight is not the share it looks like.",
  "code.KPI102.title": "percent expected",
  "code.KPI102.summary": "A plain number above 1 is compared with a ratio (did you mean a percent?).",
  "code.KPI201.title": "excessive target",
  "code.KPI201.summary": "A 100% ratio target (or a `lower` target of 0) on a measure staff report or control.",
  "code.KPI202.title": "unpaired volume",
  "code.KPI202.summary": "Volume or timeliness carries weight but no quality or satisfaction indicator does.",
  "code.KPI203.title": "dominant indicator",
  "code.KPI203.summary": "One indicator decides more than half of the score.",
  "code.KPI204.title": "unverified self-report",
  "code.KPI204.summary": "A self-reported metric drives 20% or more of the score with no audit.",
  "code.KPI205.title": "cliff edge",
  "code.KPI205.summary": "50 points or more are won or lost at a single threshold.",
  "code.KPI206.title": "outputs only",
  "code.KPI206.summary": "No indicator measures quality, satisfaction or conduct.",
  "code.KPI207.title": "ratchet",
  "code.KPI207.summary": "A ratchet above 0% invites staff to hold back output.",
  "code.KPI208.title": "perverse incentive",
  "code.KPI208.summary": "More or better real work lowers the score or the rating (e.g. an on-time share of closures).",

  // ── Rating bands of Decree 335/2025/NĐ-CP, as the decree names them
  "band.excellent": "excellently completed",
  "band.good": "well completed",
  "band.completed": "completed",
  "band.not_completed": "not completed",

  // ── The command line
  "cli.program.help":
    "goodhart - write, check, score and stress-test KPI schemes for staff\n\nUsage: goodhart <command> [flags]\n\nCommands:\n{commands}\n  help       show help for a command: goodhart help <command>; 'goodhart help model'\n             lists the model's constants\n\nExamples:\n  goodhart check examples/*.kpi\n  goodhart fmt --write scheme.kpi\n  goodhart score scheme.kpi --data staff.csv --csv > scored.csv\n  goodhart simulate scheme.kpi --staff 5000\n  goodhart sweep scheme.kpi --set on_time.target=80%..100%:11\n  goodhart compile scheme.kpi -o scheme.mjs\n\nRun through pnpm from the repository root as 'pnpm --silent goodhart <command>'; with\n--silent, stdout carries only the command's output.\n\nExit codes: 0 success, 1 the input has errors (diagnostics printed), 2 usage error or a file\nthat cannot be read.\n\nFlags for every command: -h, --help, --lang en|vi (else the locale, LC_ALL or LANG). The\nprogram also takes --version.\n",
  "cli.command.check": "report errors and gaming risks in rule files",
  "cli.command.fmt": "print rule files in the canonical layout",
  "cli.command.score": "score every staff member in a CSV by the scheme",
  "cli.command.simulate": "simulate how a synthetic workforce behaves (and games) under the scheme",
  "cli.command.sweep": "re-run the simulation while one literal of the scheme varies",
  "cli.command.diff": "semantic diff of two schemes, as facts a reviewer reads",
  "cli.command.compile": "write a standalone JavaScript module that scores by the scheme",
  "cli.command.test": "check schemes against their expectation files (*.expect)",
  "cli.command.lsp": "start the language server for editors (LSP over stdio)",
  "cli.command.exploits": "what the scheme pays for other than better work",
  "cli.command.sensitivity": "rank the model's constants by how far they swing a figure",
  "cli.usageHint": "Run 'goodhart help {command}' for usage.",
  "cli.usageHintProgram": "Run 'goodhart help' for usage.",
  "cli.unknownCommand": "unknown command ''{name}''{suggestion}",
  "cli.didYouMean": " (did you mean ''{name}''?)",
  "cli.noSuchHelp": "no command named ''{name}''{suggestion}",
  "cli.flagFirst": "unknown flag {flag}; a command comes first, e.g. goodhart check FILE",
  "cli.badLang": "--lang takes en or vi, not ''{value}''",
  "cli.internalError": "internal error: {message} (please report it with the command you ran)",
  "check.summary":
    "{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos} info{suppressed, plural, =0 {} other { (# suppressed)}} in {files, plural, one {# file} other {# files}}",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",

  // ── goodhart score --pools
  "pools.heading": "Quota pools by {columns}: {count, plural, one {# pool} other {# pools}}",
  "pools.flags": "Flags:",
  "pools.flag.unreachable": "  ! {pool} ({size} staff): nobody can be rated {band} here — quota {quota} {needs}{floor}",
  "pools.needs.never": "never lets anyone in",
  "pools.needs.pool": "lets one in only with {needed} or more staff in the pool; this pool has {have}",
  "pools.needs.of": "lets one in only with {needed} or more rated {of}; this pool has {have}",
  "pools.needs.bandAndOf": "lets one in only with {needed} or more rated {band} or {of} together; this pool has {have}",
  "pools.floor": " (floor({quota} × {size}) = 0)",
  "pools.flag.sameScore": "  ! score {score}: {bands} — the same score, a different band only because of the pool",
  "pools.sameScore.band": "{band} in {pools} ({ids})",
  "pools.sameScore.join": " but ",
  "pools.pool": "{pool}: {size} staff",
  "pools.ratings": "  ratings: {counts}",
  "pools.band": "  {band} (quota {quota}{of}): allowance {allowance}, {holders} reached it",
  "pools.band.of": "; {count} rated {of}",
  "pools.moved": "  moved down: {id} ({score}) {from} → {to}: the band allows {allowance} in this pool, {why}",
  "pools.why.tied": "tied with {other}, who comes first in the table",
  "pools.why.rank": "ranked {rank} of {holders} by score",
  "pools.noScore": "no score",
  "pools.wholeTable": "(whole table)",
  // ── Gaming-risk lints (KPI2xx). Values: names in backticks, shares and numbers preformatted.
  "lint.KPI202":
    "Unpaired volume: {names} {count, plural, one {pays} other {pay}} for how much or how fast ({share} of the score), and nothing pays for how well. Staff will do what is counted to the exclusion of what is not (Kerr 1975; Holmström & Milgrom 1991): rushed work, easy cases first, cases closed before they are done. Add a quality indicator (rework, errors found, cases reopened) or a satisfaction indicator with real weight beside {count, plural, one {it} other {them}}.",
  "lint.KPI203":
    "Dominant indicator: `{name}` decides {share} of the score{via}, more than everything else together. Whatever moves this one number moves the rating, so it draws all the pressure and is the first to be bent (Goodhart 1975; Campbell 1976), and its noise becomes the staff member's rating (Baker 1992, 2002). Spread the weight so that no indicator is above 50%, or pair it with indicators that would show if it were gamed.",
  "lint.KPI203.via": " (through group `{group}`)",
  "lint.KPI205.why":
    "Where half the points are won or lost at one line, results bunch just on the good side of it: ambulance times were \"corrected\" to under 8 minutes in a third of trusts (Bevan & Hood 2006), and those just short overstate the most (Schweitzer, Ordóñez & Douma 2004).",
  "lint.KPI205.step":
    "Cliff edge: on `{name}` the step at {at} pays {points} points and {drop}, so {lost} points hang on a single threshold. {why} Add intermediate steps{example} so that no step is worth 50 points on its own, or score it on a floor/target line.",
  "lint.KPI205.dropNext": "the next step down ({next} → {below} points)",
  "lint.KPI205.dropNone": "nothing (0 points) just past it",
  "lint.KPI205.example": " (for example `step {threshold} -> {points}`)",
  "lint.KPI205.exampleBelow": " below it",
  "lint.KPI205.line":
    "Cliff edge: on `{name}` the floor ({floor}) and the target ({target}) are less than 2% of the target apart, so the whole 100 points are won or lost in a sliver: the line is a single threshold in disguise. {why} Widen the line, for example a floor of {widened}, so that each bit of improvement earns a few points.",
  "lint.KPI206":
    "Outputs only: no indicator with weight measures quality, satisfaction or conduct, so staff can hit every target and miss the point (output distortion, Bevan & Hood 2006); what is not rewarded gets dropped (Kerr 1975). Add an indicator of quality (rework, errors, cases reopened), of the citizens' or customers' satisfaction, or of conduct (the supervisor's assessment).{hint}",
  "lint.KPI206.hint": " ({names} {count, plural, one {has} other {have}} no aspect: write `aspect …` or bind the metrics with `observes`.)",
  "lint.KPI207":
    "Ratchet: {share} of this period's over-achievement on `{name}` is added to next period's target, so doing well now makes the next period harder. Staff learn to hold back and stop just at the target (Weitzman 1980; Bevan & Hood 2006). Keep targets fixed for a known period, or set them from evidence other than each person's own last result.",
} as const;

export type MessageKey = keyof typeof en;
