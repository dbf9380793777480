/**
 * Parser: tokens → typed AST with ranges, built with Chevrotain's embedded actions.
 *
 * The grammar is generic on purpose (`KIND name "Label"? { key value … }`); which keys a kind
 * accepts and which value shapes fit them is the checker's business, so the parser stays small
 * and error recovery stays predictable. Recovery is explicit where it matters most: stray
 * tokens inside a block or between declarations are swallowed one run at a time and reported
 * once, so one typo never hides the rest of the file. Chevrotain's own single-token
 * insertion/deletion handles a missing `}` or `{`.
 */
import { EmbeddedActionsParser, tokenMatcher, type IToken, type TokenType, EOF } from "chevrotain";
import type {
  BinaryOperator,
  Comment,
  Declaration,
  Expr,
  Identifier as IdentifierNode,
  Position,
  Property,
  PropertyValue,
  Range,
  SchemeFile,
} from "./ast.ts";
import {
  allTokens,
  And,
  Arrow,
  Comma,
  DeclarationKeywords,
  declarationKindOf,
  isKeyword,
  Dot,
  EqEq,
  LoneEquals,
  Greater,
  GreaterEq,
  Group,
  Identifier,
  LBrace,
  Less,
  LessEq,
  lex,
  LParen,
  Minus,
  Not,
  NotEq,
  NumberLiteral,
  Or,
  Plus,
  Rating,
  RBrace,
  RParen,
  Slash,
  Star,
  StringLiteral,
  WELL_FORMED_NUMBER,
} from "./lexer.ts";
import { nameText, parseNumberText, unescapeString } from "./literals.ts";
import { DECLARATION_KINDS } from "./vocabulary.ts";
import { render, type Message } from "../i18n/translate.ts";

/** A syntax error's words: English for `message`, the catalogue message kept for other languages. */
function words(text: Message): { message: string; text: Message } {
  return { message: render("en", text), text };
}

export interface SyntaxError {
  message: string;
  /** The catalogue message behind `message`, for other languages. */
  text?: Message;
  range: Range;
}

export interface ParseResult {
  file: SchemeFile;
  errors: SyntaxError[];
}

/** Binary operators below `and`/`or`, by token. */
const ARITH_OPERATOR = new Map<TokenType, BinaryOperator>([
  [Star, "*"],
  [Slash, "/"],
  [Plus, "+"],
  [Minus, "-"],
  [LessEq, "<="],
  [GreaterEq, ">="],
  [EqEq, "=="],
  // Said once where it stands, and read as `==` so the rest of the expression still checks.
  [LoneEquals, "=="],
  [NotEq, "!="],
  [Less, "<"],
  [Greater, ">"],
]);

const COMPARISON_LEVEL = 3;
/** docs/language-reference.md §4, loosest first: `or`, `and`, (`not`), comparison, `+ -`, `* /`, (unary `-`). */
const PRECEDENCE: Record<BinaryOperator, number> = {
  or: 1,
  and: 2,
  "<=": COMPARISON_LEVEL,
  ">=": COMPARISON_LEVEL,
  "==": COMPARISON_LEVEL,
  "!=": COMPARISON_LEVEL,
  "<": COMPARISON_LEVEL,
  ">": COMPARISON_LEVEL,
  "+": 4,
  "-": 4,
  "*": 5,
  "/": 5,
};

/**
 * How deeply an expression may nest: every binary operator, prefix `-`/`not`, parenthesis and
 * call is one level, so a sum of n terms is n - 1 levels deep. Everything downstream (checker,
 * formatter, scoring, compiled code, editor services) walks expressions recursively; this
 * bound keeps each walk far inside any JavaScript stack, in the CLI and in a browser worker.
 * docs/language-reference.md states it.
 */
export const MAX_EXPRESSION_DEPTH = 128;

/** Depth of each inner node built by the parser (a leaf is 0 and not recorded). */
const depths = new WeakMap<Expr, number>();

function depthOf(e: Expr): number {
  return depths.get(e) ?? 0;
}

/** Called once per expression that nests deeper than the limit, with the place it does. */
type TooDeep = (at: Range) => void;

const TOO_DEEP_MESSAGE = `This expression nests more than ${MAX_EXPRESSION_DEPTH} levels deep (each operator, parenthesis and call is a level); split it into indicators that each compute a part.`;

/** `node` with its depth recorded, or an error hole when it is one level too many. */
function nested(node: Expr, depth: number, at: Range, tooDeep: TooDeep): Expr {
  if (depth > MAX_EXPRESSION_DEPTH) {
    tooDeep(at);
    return { kind: "error", range: node.range };
  }
  depths.set(node, depth);
  return node;
}

/** Folds `operands[0] ops[0] operands[1] …` into a tree, every operator left-associative. */
function fold(operands: Expr[], ops: BinaryOperator[], tooDeep: TooDeep): Expr {
  let next = 0;
  let over = false;
  // Once too deep, the rest of the expression is one hole: one error, not one per term.
  const report: TooDeep = (at) => {
    if (!over) tooDeep(at);
    over = true;
  };
  const climb = (minPrecedence: number): Expr => {
    let left = operands[next++]!;
    while (next - 1 < ops.length) {
      const op = ops[next - 1]!;
      const p = PRECEDENCE[op];
      if (p < minPrecedence) break;
      const right = climb(p + 1);
      const node: Expr = { kind: "binary", op, left, right, range: span(left.range, right.range) };
      left = over ? { kind: "error", range: node.range } : nested(node, 1 + Math.max(depthOf(left), depthOf(right)), right.range, report);
    }
    return left;
  };
  return climb(0);
}

/** Wraps `operand` in the prefix operators read before it, the first outermost. */
function prefixed(op: "not" | "-", opRanges: Range[], operand: Expr, tooDeep: TooDeep): Expr {
  let e = operand;
  for (let i = opRanges.length - 1; i >= 0; i--) {
    e = nested({ kind: "unary", op, operand: e, range: span(opRanges[i]!, e.range) }, 1 + depthOf(e), opRanges[i]!, tooDeep);
    if (e.kind === "error") return { kind: "error", range: span(opRanges[0]!, e.range) };
  }
  return e;
}

/** Tokens that can never start a property, swallowed inside a block as junk. */
const BODY_JUNK: TokenType[] = [
  LoneEquals,
  NumberLiteral,
  StringLiteral,
  Arrow,
  LessEq,
  GreaterEq,
  EqEq,
  NotEq,
  Less,
  Greater,
  Plus,
  Minus,
  Star,
  Slash,
  LParen,
  RParen,
  LBrace,
  Comma,
  Dot,
  And,
  Or,
  Not,
];

type Tok = IToken;

function isReal(t: Tok | undefined): t is Tok {
  return t !== undefined && !t.isInsertedInRecovery && Number.isFinite(t.startOffset) && t.tokenType !== EOF;
}

function startOf(t: Tok): Position {
  return { offset: t.startOffset, line: t.startLine ?? 1, column: t.startColumn ?? 1 };
}

function endOf(t: Tok): Position {
  // Chevrotain's end positions are inclusive; ours are exclusive.
  return {
    offset: (t.endOffset ?? t.startOffset) + 1,
    line: t.endLine ?? t.startLine ?? 1,
    column: (t.endColumn ?? t.startColumn ?? 1) + 1,
  };
}

function span(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

class KpiParser extends EmbeddedActionsParser {
  /** Errors the grammar reports itself (junk runs, missing values). */
  junkErrors: SyntaxError[] = [];
  /**
   * Declarations are recorded as soon as their keyword is read and filled in as parsing goes,
   * so a declaration cut short by an error (or by the end of the file) still reaches the AST.
   */
  collected: Declaration[] = [];
  /** End of the last real token consumed: the place to anchor ranges of recovered nodes. */
  private lastEnd: Position = { offset: 0, line: 1, column: 1 };

  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 3, skipValidations: false });
    this.performSelfAnalysis();
  }

  resetState(): void {
    this.junkErrors = [];
    this.collected = [];
    this.lastEnd = { offset: 0, line: 1, column: 1 };
  }

  private take(t: Tok): Range {
    if (isReal(t)) {
      const r = { start: startOf(t), end: endOf(t) };
      this.lastEnd = r.end;
      return r;
    }
    return { start: this.lastEnd, end: this.lastEnd };
  }

  private here(): Range {
    return { start: this.lastEnd, end: this.lastEnd };
  }

  /**
   * `cap score -5` reads as the expression `score - 5`. A gate's `cap` takes no expression, so
   * this is the limit -5, and the checker can say what a limit may be (0 up to the most points)
   * instead of asking for the `score N` that was written.
   */
  private negativeScoreCap(e: Expr): PropertyValue | null {
    if (e.kind !== "binary" || e.op !== "-" || e.left.kind !== "name" || e.left.name !== "score") return null;
    const { left, right } = e;
    const minus = this.input.find(
      (t) => tokenMatcher(t, Minus) && t.startOffset >= left.range.end.offset && t.startOffset < right.range.start.offset,
    );
    const limit: Expr = {
      kind: "unary",
      op: "-",
      operand: right,
      range: { start: minus ? startOf(minus) : right.range.start, end: right.range.end },
    };
    return { kind: "capScore", limit, range: e.range };
  }

  /**
   * A binary operator continues the expression only when it and the token after it are on the
   * line of what came before: a property value never runs on into the next line's property
   * (`value received /` then `target 95%` must not read as `received / target`).
   */
  private operatorContinuesLine = (): boolean => {
    const prev = this.LA(0);
    const op = this.LA(1);
    const after = this.LA(2);
    if (!isReal(prev) || !isReal(op) || !isReal(after)) return true;
    return op.startLine === prev.endLine && after.startLine === op.endLine;
  };

  private readonly tooDeep: TooDeep = (at) => {
    this.junkErrors.push({ message: TOO_DEEP_MESSAGE, range: at });
  };

  private sameLineAsPrevious(prev: Tok): boolean {
    const next = this.LA(1);
    if (!isReal(next) || !isReal(prev)) return false;
    return next.startLine === prev.endLine;
  }

  // Alternatives that capture nothing are built once: a fresh array of closures on every
  // repetition was a large share of the parser's allocations.
  private topJunk = [Identifier, RBrace, ...BODY_JUNK].map((tt) => ({ ALT: (): Tok => this.CONSUME(tt) }));
  private keywords = DeclarationKeywords.map((tt) => ({ ALT: (): Tok => this.CONSUME(tt) }));
  private bodyJunk = BODY_JUNK.map((tt) => ({ ALT: (): Tok => this.CONSUME2(tt) }));
  /** A reserved word in a declaration's name place (`metric group {`): read as its name, and said once. */
  private reservedNames = [...DeclarationKeywords, And, Or, Not].map((tt) => ({ ALT: (): Tok => this.CONSUME5(tt) }));

  /** `group name {` (or `group name "Label"`) at the start of a line: a declaration, not a property. */
  private groupDeclarationAhead(): boolean {
    const [kw, name, after, prev] = [this.LA(1), this.LA(2), this.LA(3), this.LA(0)];
    if (!isReal(kw) || !tokenMatcher(kw, Group) || !isReal(name) || !tokenMatcher(name, Identifier) || !isReal(after)) return false;
    if (isReal(prev) && prev.endLine === kw.startLine) return false;
    return after.startLine === name.endLine && (tokenMatcher(after, LBrace) || tokenMatcher(after, StringLiteral));
  }

  /**
   * Is the next token a reserved word used as the name of the declaration just begun: on the
   * keyword's line and followed by its label or `{`? Anything else (a keyword starting the
   * next declaration) is left to the usual recovery.
   */
  private reservedAsName(keyword: Tok): boolean {
    const name = this.LA(1);
    const after = this.LA(2);
    if (declarationKindOf(keyword) === "scheme") return false;
    if (!isReal(name) || !isKeyword(name) || name.startLine !== keyword.endLine) return false;
    return isReal(after) && after.startLine === name.endLine && (tokenMatcher(after, LBrace) || tokenMatcher(after, StringLiteral));
  }

  public file = this.RULE("file", (): void => {
    let junk: Tok[] = [];
    const flushJunk = () => {
      if (junk.length > 0) {
        const tokens = junk;
        junk = [];
        this.ACTION(() => this.reportJunk(tokens, "top"));
      }
    };
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.SUBRULE(this.declaration);
            this.ACTION(flushJunk);
          },
        },
        {
          ALT: () => {
            const t = this.OR2(this.topJunk);
            this.ACTION(() => {
              this.take(t);
              if (junk.length > 0 && junk[junk.length - 1]!.startLine !== t.startLine && !tokenMatcher(t, Identifier)) flushJunk();
              junk.push(t);
            });
          },
        },
      ]);
    });
    this.ACTION(flushJunk);
  });

  private declaration = this.RULE(
    "declaration",
    (): Declaration | undefined => {
      const kw = this.OR(this.keywords);
      const decl = this.ACTION((): Declaration => {
        const kwRange = this.take(kw);
        const d: Declaration = {
          kind: declarationKindOf(kw) ?? "scheme",
          keywordRange: kwRange,
          name: null,
          label: null,
          properties: [],
          range: kwRange,
          bodyRange: null,
        };
        this.collected.push(d);
        return d;
      });
      this.OPTION(() => {
        const t = this.CONSUME(Identifier);
        this.ACTION(() => {
          decl.name = { text: nameText(t.image), range: this.take(t) };
          decl.range = span(decl.range, decl.name.range);
        });
      });
      // `metric group {`: one error at the word, and the block still parses as this declaration's
      // (otherwise the word began a second declaration and every line after it was junk).
      this.OPTION3({
        GATE: () => this.reservedAsName(kw),
        DEF: () => {
          const t = this.OR5(this.reservedNames);
          this.ACTION(() => {
            decl.name = { text: t.image, range: this.take(t) };
            decl.range = span(decl.range, decl.name.range);
            this.junkErrors.push({
              ...words({ key: "syntax.reservedName", params: { word: t.image, kind: decl.kind } }),
              range: decl.name.range,
            });
          });
        },
      });
      // A syntax error, not the checker's: a file the formatter would rewrite must parse whole.
      this.ACTION(() => {
        if (!decl.name && decl.kind !== "scheme") {
          this.junkErrors.push({ ...words({ key: "syntax.needsName", params: { kind: decl.kind } }), range: decl.keywordRange });
        }
        // The scheme is the file itself: it has a title, and a name would be read by nothing
        // (`diff` showed it as the title).
        if (decl.name && decl.kind === "scheme") {
          this.junkErrors.push({ ...words({ key: "syntax.schemeName", params: { name: decl.name.text } }), range: decl.name.range });
        }
      });
      this.OPTION2(() => {
        const t = this.CONSUME(StringLiteral);
        this.ACTION(() => {
          decl.label = { kind: "string", value: unescapeString(t.image), range: this.take(t) };
          decl.range = span(decl.range, decl.label.range);
        });
      });
      const lb = this.CONSUME(LBrace);
      const lbRange = this.ACTION(() => {
        const r = this.take(lb);
        decl.bodyRange = r;
        decl.range = span(decl.range, r);
        return r;
      });
      let junk: Tok[] = [];
      const flushJunk = () => {
        if (junk.length > 0) {
          const tokens = junk;
          junk = [];
          this.reportJunk(tokens, "body");
        }
      };
      // A block left open (or never opened: `metric` alone on a line) ends where the next line
      // starts a group declaration; `group` is otherwise also a property key, and the group's
      // lines became the open block's properties.
      this.MANY({
        GATE: () => !this.groupDeclarationAhead(),
        DEF: () => {
          this.OR2([
            {
              ALT: () => {
                const p = this.SUBRULE(this.property);
                this.ACTION(() => {
                  flushJunk();
                  if (p) {
                    decl.properties.push(p);
                    decl.range = span(decl.range, p.range);
                    decl.bodyRange = span(lbRange, p.range);
                  }
                });
              },
            },
            {
              ALT: () => {
                const t = this.OR3(this.bodyJunk);
                this.ACTION(() => {
                  const r = this.take(t);
                  if (junk.length > 0 && junk[junk.length - 1]!.startLine !== t.startLine) flushJunk();
                  junk.push(t);
                  decl.range = span(decl.range, r);
                });
              },
            },
          ]);
        },
      });
      this.ACTION(flushJunk);
      const rb = this.CONSUME(RBrace);
      return this.ACTION(() => {
        if (isReal(rb)) {
          const rbRange = this.take(rb);
          decl.range = span(decl.range, rbRange);
          decl.bodyRange = span(lbRange, rbRange);
        }
        return decl;
      });
    },
    { recoveryValueFunc: () => undefined },
  );

  private property = this.RULE(
    "property",
    (): Property | undefined => {
      const keyTok = this.OR([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(Group) }]);
      const keyRange = this.ACTION(() => this.take(keyTok));
      // `floor = 80%`: one error at the `=`, and the value is read as written after it.
      this.OPTION9({
        GATE: () => this.sameLineAsPrevious(keyTok),
        DEF: () => {
          const eq = this.CONSUME(LoneEquals);
          this.ACTION(() => {
            if (isReal(eq)) this.equalsError(eq);
          });
        },
      });
      const value = this.OR2({
        DEF: [
          {
            GATE: () => this.sameLineAsPrevious(keyTok),
            ALT: (): PropertyValue => {
              const r = this.CONSUME(Rating);
              const rRange = this.ACTION(() => this.take(r));
              const target = this.OPTION(() => this.CONSUME2(Identifier));
              return this.ACTION(() => {
                if (target && isReal(target)) {
                  const tr = this.take(target);
                  return { kind: "capRating", rating: { text: nameText(target.image), range: tr }, range: span(rRange, tr) };
                }
                this.junkErrors.push({ ...words({ key: "syntax.capRating" }), range: rRange });
                return { kind: "missing", range: rRange };
              });
            },
          },
          {
            GATE: () => this.sameLineAsPrevious(keyTok) && startsOperand(this.LA(1)),
            ALT: (): PropertyValue => {
              const first = this.SUBRULE2(this.expression);
              let second: Expr | undefined;
              let of: IdentifierNode | null = null;
              let hasArrow = false;
              let limit: Expr | undefined;
              const more: Expr[] = [];
              // `cap score 60`: `score` reads as a name, then the limit follows on the line.
              this.OPTION4({
                GATE: () =>
                  keyTok.image === "cap" &&
                  first?.kind === "name" &&
                  first.name === "score" &&
                  this.sameLineAsPrevious(keyTok) &&
                  startsOperand(this.LA(1)),
                DEF: () => {
                  limit = this.SUBRULE4(this.expression) ?? { kind: "error", range: this.here() };
                },
              });
              this.OPTION2(() => {
                this.CONSUME(Arrow);
                this.ACTION(() => {
                  hasArrow = true;
                });
                second = this.SUBRULE3(this.expression);
              });
              this.OPTION3({
                GATE: () => tokenMatcher(this.LA(1), Identifier) && this.LA(1).image === "of" && tokenMatcher(this.LA(2), Identifier),
                DEF: () => {
                  const ofTok = this.CONSUME4(Identifier);
                  const b = this.CONSUME5(Identifier);
                  this.ACTION(() => {
                    this.take(ofTok);
                    of = { text: nameText(b.image), range: this.take(b) };
                  });
                },
              });
              // `pool unit, role`: a comma-separated list on the key's line.
              this.MANY5({
                GATE: () => this.sameLineAsPrevious(keyTok),
                DEF: () => {
                  this.CONSUME(Comma);
                  const item = this.SUBRULE5(this.expression);
                  this.ACTION(() => more.push(item ?? { kind: "error", range: this.here() }));
                },
              });
              return this.ACTION((): PropertyValue => {
                const e1 = first ?? { kind: "error" as const, range: this.here() };
                if (more.length > 0) {
                  const items = [e1, ...more];
                  return { kind: "list", items, range: span(e1.range, items[items.length - 1]!.range) };
                }
                if (limit !== undefined) {
                  return { kind: "capScore", limit, range: span(e1.range, limit.range) };
                }
                if (hasArrow) {
                  const e2 = second ?? { kind: "error" as const, range: this.here() };
                  return { kind: "step", threshold: e1, points: e2, range: span(e1.range, e2.range) };
                }
                if (of !== null) {
                  const ofNode: IdentifierNode = of;
                  return { kind: "quota", share: e1, of: ofNode, range: span(e1.range, ofNode.range) };
                }
                const negative = keyTok.image === "cap" ? this.negativeScoreCap(e1) : null;
                if (negative) return negative;
                return { kind: "expr", expr: e1, range: e1.range };
              });
            },
          },
          {
            ALT: (): PropertyValue =>
              this.ACTION(() => {
                this.junkErrors.push({
                  ...words({ key: "syntax.needsValue", params: { key: keyTok.image, example: exampleFor(keyTok.image) } }),
                  range: keyRange,
                });
                return { kind: "missing", range: keyRange };
              }),
          },
        ],
      });
      return this.ACTION(() => {
        const key: IdentifierNode = { text: nameText(keyTok.image), range: keyRange };
        const v = value ?? { kind: "missing" as const, range: keyRange };
        return { key, value: v, range: span(keyRange, v.range) };
      });
    },
    { recoveryValueFunc: () => undefined },
  );

  /*
   * Expressions are read as flat lists — operands with their prefix operators, and the binary
   * operators between them — and folded by precedence in one action (`fold`). The textbook
   * one-rule-per-level grammar costs eight nested rule calls per operand, which was most of
   * the parser's time on large files; this shape needs two. The language is the same: `not`
   * only after `and`/`or` or at the start, unary `-` only before an operand, at most one
   * comparison between two `and`/`or`.
   */
  private expression = this.RULE(
    "expression",
    (): Expr | undefined => {
      const operands: Expr[] = [];
      const ops: BinaryOperator[] = [];
      let nots: Range[] = [];
      this.MANY(() => {
        const t = this.CONSUME(Not);
        this.ACTION(() => nots.push(this.take(t)));
      });
      const first = this.SUBRULE(this.arith);
      this.ACTION(() => {
        operands.push(prefixed("not", nots, first ?? { kind: "error", range: this.here() }, this.tooDeep));
        nots = [];
      });
      this.MANY2({
        GATE: this.operatorContinuesLine,
        DEF: () => {
          const op = this.OR(this.logicalOps);
          this.MANY3(() => {
            const t = this.CONSUME2(Not);
            this.ACTION(() => nots.push(this.take(t)));
          });
          const next = this.SUBRULE2(this.arith);
          this.ACTION(() => {
            ops.push(op);
            operands.push(prefixed("not", nots, next ?? { kind: "error", range: this.here() }, this.tooDeep));
            nots = [];
          });
        },
      });
      return this.ACTION(() => fold(operands, ops, this.tooDeep));
    },
    { recoveryValueFunc: () => undefined },
  );

  private logicalOps = [{ ALT: (): BinaryOperator => (this.CONSUME(And), "and") }, { ALT: (): BinaryOperator => (this.CONSUME(Or), "or") }];

  /** Arithmetic and at most one comparison: `-a * b + c <= d`. */
  private arith = this.RULE(
    "arith",
    (): Expr | undefined => {
      const operands: Expr[] = [];
      const ops: BinaryOperator[] = [];
      let minuses: Range[] = [];
      let comparison: Tok | null = null;
      this.MANY(() => {
        const t = this.CONSUME(Minus);
        this.ACTION(() => minuses.push(this.take(t)));
      });
      const first = this.SUBRULE(this.primary);
      this.ACTION(() => {
        operands.push(prefixed("-", minuses, first ?? { kind: "error", range: this.here() }, this.tooDeep));
        minuses = [];
      });
      this.MANY2({
        GATE: this.operatorContinuesLine,
        DEF: () => {
          const opTok = this.OR(this.arithOps);
          this.MANY3(() => {
            const t = this.CONSUME2(Minus);
            this.ACTION(() => minuses.push(this.take(t)));
          });
          const next = this.SUBRULE2(this.primary);
          this.ACTION(() => {
            const op = ARITH_OPERATOR.get(opTok.tokenType) ?? "+";
            if (tokenMatcher(opTok, LoneEquals) && isReal(opTok)) this.equalsError(opTok);
            if (PRECEDENCE[op] === COMPARISON_LEVEL) {
              if (comparison !== null && isReal(opTok)) {
                this.junkErrors.push({
                  ...words({ key: "syntax.chained", params: { first: comparison.image, second: opTok.image } }),
                  range: { start: startOf(opTok), end: endOf(opTok) },
                });
              }
              comparison = opTok;
            }
            ops.push(op);
            operands.push(prefixed("-", minuses, next ?? { kind: "error", range: this.here() }, this.tooDeep));
            minuses = [];
          });
        },
      });
      return this.ACTION(() => fold(operands, ops, this.tooDeep));
    },
    { recoveryValueFunc: () => undefined },
  );

  private arithOps = [...ARITH_OPERATOR.keys()].map((tt) => ({ ALT: (): Tok => this.CONSUME3(tt) }));

  private primary = this.RULE(
    "primary",
    (): Expr | undefined =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(NumberLiteral);
            return this.ACTION((): Expr => {
              const r = this.take(t);
              // Already reported by the lexer; an error value keeps the checker quiet about it.
              if (!WELL_FORMED_NUMBER.test(t.image)) return { kind: "error", range: r };
              const n = parseNumberText(t.image);
              return { kind: "number", value: n.value, text: t.image, percent: n.percent, range: r };
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(StringLiteral);
            return this.ACTION((): Expr => ({ kind: "string", value: unescapeString(t.image), range: this.take(t) }));
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME(LParen);
            const lpRange = this.ACTION(() => this.take(lp));
            const inner = this.SUBRULE(this.expression);
            const rp = this.CONSUME(RParen);
            return this.ACTION((): Expr => {
              const rpRange = this.take(rp);
              const e = inner ?? { kind: "error" as const, range: this.here() };
              return nested({ kind: "paren", expr: e, range: span(lpRange, rpRange) }, 1 + depthOf(e), lpRange, this.tooDeep);
            });
          },
        },
        {
          ALT: () => {
            const id = this.CONSUME(Identifier);
            const idRange = this.ACTION(() => this.take(id));
            const ident: IdentifierNode = { text: nameText(id.image), range: idRange };
            return this.OR2([
              {
                ALT: () => {
                  this.CONSUME(Dot);
                  const m = this.CONSUME2(Identifier);
                  return this.ACTION((): Expr => {
                    const mr = this.take(m);
                    return { kind: "member", object: ident, member: { text: nameText(m.image), range: mr }, range: span(idRange, mr) };
                  });
                },
              },
              {
                ALT: () => {
                  this.CONSUME2(LParen);
                  const args: Expr[] = [];
                  this.MANY_SEP({
                    SEP: Comma,
                    DEF: () => {
                      const a = this.SUBRULE2(this.expression);
                      this.ACTION(() => {
                        args.push(a ?? { kind: "error", range: this.here() });
                      });
                    },
                  });
                  const rp = this.CONSUME2(RParen);
                  return this.ACTION((): Expr => {
                    const rpRange = this.take(rp);
                    const depth = 1 + Math.max(0, ...args.map(depthOf));
                    return nested({ kind: "call", callee: ident, args, range: span(idRange, rpRange) }, depth, idRange, this.tooDeep);
                  });
                },
              },
              { ALT: () => this.ACTION((): Expr => ({ kind: "name", name: ident.text, range: idRange })) },
            ]);
          },
        },
      ]),
    { recoveryValueFunc: () => undefined },
  );

  private equalsError(t: Tok): void {
    this.junkErrors.push({ ...words({ key: "syntax.equals" }), range: { start: startOf(t), end: endOf(t) } });
  }

  private reportJunk(tokens: Tok[], where: "top" | "body"): void {
    const real = tokens.filter(isReal);
    if (real.length === 0) return;
    const first = real[0]!;
    const last = real[real.length - 1]!;
    const range = { start: startOf(first), end: endOf(last) };
    const shown = first.image.length > 24 ? `${first.image.slice(0, 24)}…` : first.image;
    let text: Message;
    if (where === "top") {
      const suggestion = tokenMatcher(first, Identifier) ? closestKind(first.image) : null;
      text = suggestion ? { key: "syntax.unknownKind", params: { shown, suggestion } } : { key: "syntax.outside", params: { shown } };
    } else if (tokenMatcher(first, LoneEquals)) {
      text = { key: "syntax.equals" };
    } else if (ARITH_OPERATOR.has(first.tokenType) || tokenMatcher(first, And) || tokenMatcher(first, Or)) {
      text = { key: "syntax.notPartOfValue", params: { shown } };
    } else {
      text = { key: "syntax.inBlock", params: { shown } };
    }
    this.junkErrors.push({ ...words(text), range });
  }
}

const OPERAND_STARTS = [NumberLiteral, StringLiteral, Identifier, LParen, Minus, Not];

function startsOperand(t: Tok): boolean {
  for (const tt of OPERAND_STARTS) if (tokenMatcher(t, tt)) return true;
  return false;
}

function closestKind(word: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of DECLARATION_KINDS) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return bestDistance <= 2 ? best : null;
}

/** Levenshtein distance; also used for "did you mean" elsewhere. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function exampleFor(key: string): string {
  const examples: Record<string, string> = {
    weight: "weight 30",
    target: "target 98%",
    floor: "floor 80%",
    value: "value resolved_on_time / resolved",
    step: "step 3 -> 100",
    when: "when audit_failures > 0",
    cap: "cap rating not_completed",
    min: "min 90",
    quota: "quota 20% of good",
    reward: "reward 5%",
    type: "type ratio",
    source: "source system",
    observes: "observes cases.closed",
    audit: "audit 5%",
    note: 'note "Why this exists"',
    basis: 'basis "Decree 335/2025/NĐ-CP"',
    group: "group performance",
    better: "better higher",
    pool: "pool unit, role",
  };
  return examples[key] ?? `${key} …`;
}

let shared: KpiParser | null = null;

/** Parses a whole file. Never throws: every problem becomes a syntax error with a range. */
export function parse(text: string): ParseResult {
  const lexed = lex(text);
  const errors: SyntaxError[] = lexed.errors.map((e) => ({
    message: e.message,
    text: e.text,
    range: {
      start: { offset: e.offset, line: e.line, column: e.column },
      end: { offset: e.offset + e.length, line: e.line, column: e.column + e.length },
    },
  }));
  const comments: Comment[] = lexed.comments.map((t) => ({
    text: t.image,
    range: { start: startOf(t), end: endOf(t) },
    block: t.image.startsWith("/*"),
  }));
  const endPos = positionAt(text, text.length);
  const fileRange: Range = { start: { offset: 0, line: 1, column: 1 }, end: endPos };
  let declarations: Declaration[] = [];
  try {
    shared ??= new KpiParser();
    const parser = shared;
    parser.resetState();
    const cut = cutDeepParentheses(lexed.tokens);
    errors.push(...cut.errors);
    parser.input = cut.tokens;
    parser.file();
    declarations = parser.collected;
    errors.push(...parser.junkErrors);
    const described = parser.errors.map((e) => ({
      said: describeParserError(e.message, e.token, text),
      range: errorRange(e.token, (e as { previousToken?: Tok }).previousToken, endPos),
    }));
    // A block never opened is never closed either: the missing `{` is the one error to fix.
    const unopened = new Set(described.filter((d) => d.said.key === "syntax.expectLBrace").map((d) => d.range.start.offset));
    for (const d of described) {
      if (d.said.key === "syntax.expectRBrace" && unopened.has(d.range.start.offset)) continue;
      errors.push({ ...words(d.said), range: d.range });
    }
  } catch (err) {
    // A parser bug must not take the editor or CLI down with it; report it as a syntax error.
    errors.push({ message: `The parser could not read this file (${String(err)}). Please report this.`, range: fileRange });
  }
  errors.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { file: { declarations, comments, range: fileRange }, errors: dedupeErrors(errors) };
}

/**
 * The grammar recurses once per parenthesis, before any action can count levels, so
 * parentheses nested deeper than the limit are dropped from the token stream first, each with
 * its matching `)`, and reported once per run. What they held is still parsed, so the rest of
 * the file is checked as usual. A block's braces end any open parentheses, as the parser's
 * recovery would.
 */
function cutDeepParentheses(tokens: Tok[]): { tokens: Tok[]; errors: SyntaxError[] } {
  const out: Tok[] = [];
  const errors: SyntaxError[] = [];
  const open: boolean[] = []; // per open `(`: whether it was dropped
  let reported = false;
  for (const t of tokens) {
    if (tokenMatcher(t, LBrace) || tokenMatcher(t, RBrace)) {
      open.length = 0;
      reported = false;
    } else if (tokenMatcher(t, LParen)) {
      const drop = open.length >= MAX_EXPRESSION_DEPTH;
      open.push(drop);
      if (drop) {
        // A call's name goes with its parenthesis, or `max(max(…` would leave names in a row.
        const prev = out[out.length - 1];
        if (prev && tokenMatcher(prev, Identifier) && prev.endOffset !== undefined && prev.endOffset + 1 === t.startOffset) out.pop();
        if (!reported) errors.push({ message: TOO_DEEP_MESSAGE, range: { start: startOf(t), end: endOf(t) } });
        reported = true;
        continue;
      }
    } else if (tokenMatcher(t, RParen) && open.length > 0) {
      const dropped = open.pop()!;
      if (open.length < MAX_EXPRESSION_DEPTH) reported = false;
      if (dropped) continue;
    }
    out.push(t);
  }
  return { tokens: out, errors };
}

function dedupeErrors(errors: SyntaxError[]): SyntaxError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.range.start.offset}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function errorRange(token: Tok, previous: Tok | undefined, endPos: Position): Range {
  if (isReal(token)) return { start: startOf(token), end: endOf(token) };
  if (isReal(previous)) return { start: endOf(previous), end: endOf(previous) };
  return { start: endPos, end: endPos };
}

function describeParserError(raw: string, token: Tok, text: string): Message {
  const found: Message = token.tokenType === EOF ? { key: "syntax.endOfFile" } : { key: "syntax.token", params: { token: token.image } };
  if (/RBrace/.test(raw) && /Expecting/.test(raw)) return { key: "syntax.expectRBrace", params: { found } };
  if (/LBrace/.test(raw) && /Expecting/.test(raw)) return { key: "syntax.expectLBrace", params: { found } };
  if (/RParen/.test(raw)) return { key: "syntax.expectRParen", params: { found } };
  if (/Identifier/.test(raw) && /Expecting/.test(raw) && !/one of these possible Token sequences/.test(raw))
    return { key: "syntax.expectName", params: { found } };
  void text;
  return { key: "syntax.expectValue", params: { found } };
}

/** 1-based line/column of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}
