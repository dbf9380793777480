/**
 * The language's own vocabulary in each reader's words: what each observable measures, what
 * each built-in function does and what each metric source invites. The English text stays
 * where the vocabulary is defined (semantics/observables.ts, syntax/vocabulary.ts,
 * services/source-risks.ts); this file translates it, keyed by the word itself, and a test
 * holds every word to a translation.
 */
import type { Lang } from "./translate.ts";

interface Words {
  observables: Readonly<Record<string, string>>;
  functions: Readonly<Record<string, string>>;
  sources: Readonly<Record<string, string>>;
}

const vi: Words = {
  observables: {
    "cases.received": "Số hồ sơ giao cho cán bộ trong kỳ.",
    "cases.closed": "Số hồ sơ được báo là đã giải quyết (cả thật lẫn khống).",
    "cases.closed_on_time": "Số hồ sơ được báo là đã giải quyết đúng hạn.",
    "cases.closed_hard": "Số hồ sơ khó được báo là đã giải quyết.",
    "cases.backlog": "Số hồ sơ còn tồn đọng cuối kỳ.",
    "cases.reopened": "Số hồ sơ đã giải quyết nhưng sau đó phát hiện có sai sót (do làm vội hoặc báo khống bị phát hiện).",
    "cases.days": "Số ngày bình quân từ khi tiếp nhận hồ sơ đến khi báo đã giải quyết.",
    "cases.value": "Giá trị bằng tiền của các hồ sơ đã giải quyết (doanh thu, với bộ tiêu chí bán hàng).",
    "survey.satisfaction": "Tỷ lệ người dân được khảo sát trả lời hài lòng (0..1).",
    "supervisor.score": "Điểm đánh giá của lãnh đạo trực tiếp, 0..100.",
    "audit.failures": "Số trường hợp khai sai bị kiểm tra phát hiện ở các số liệu được kiểm tra.",
  },
  functions: {
    min: "Giá trị nhỏ nhất trong các giá trị.",
    max: "Giá trị lớn nhất trong các giá trị.",
    abs: "Giá trị tuyệt đối (bỏ dấu).",
  },
  sources: {
    system:
      "Do hệ thống ghi nhận: khó làm sai lệch, nhưng cán bộ vẫn có thể tác động vào những gì được ghi (lúc mở, tách hoặc đóng hồ sơ).",
    self: "Do chính cán bộ tự báo cáo: có thể bị khai khống. Hãy kiểm tra lại một tỷ lệ bản ghi, nếu không số liệu sẽ dần trôi về mục tiêu.",
    survey:
      "Thu thập qua khảo sát: người trả lời có thể bị thúc ép, bị chọn lựa hoặc được hướng dẫn trước, và người không hài lòng có thể bị ngăn không trả lời.",
    supervisor: "Do lãnh đạo trực tiếp đánh giá: dễ dẫn đến nịnh bợ, thiên vị, và cán bộ khó khiếu nại.",
    audit: "Bản ghi được kiểm tra độc lập: khó lách nhất, nhưng tốn kém nên thường chỉ kiểm tra một mẫu.",
  },
};

const TRANSLATIONS: Partial<Record<Lang, Words>> = { vi };

type Part = keyof Words;

/** The words for `word` of `part` in `lang`; the English `fallback` where there are none. */
export function vocabularyWords(lang: Lang, part: Part, word: string, fallback: string): string {
  const table = TRANSLATIONS[lang]?.[part];
  return table && Object.hasOwn(table, word) ? table[word]! : fallback;
}

/** The words of `part` a language lacks, and the ones it has for words that no longer exist. */
export function vocabularyGaps(lang: Lang, part: Part, words: readonly string[]): { missing: string[]; stale: string[] } {
  const table = TRANSLATIONS[lang]?.[part] ?? {};
  return { missing: words.filter((w) => !Object.hasOwn(table, w)), stale: Object.keys(table).filter((w) => !words.includes(w)) };
}
