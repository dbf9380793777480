/**
 * The model constants' words in each language. The constants themselves — names, values,
 * ranges, English units, sources and meanings — live in one table in the simulator; this file
 * only translates them, keyed by the constant's name (meanings) or by the English text (units
 * and sources, which repeat). English is the table's own words, so it needs no entry here.
 * A CLI test holds every constant to a Vietnamese meaning and every unit and source to a
 * Vietnamese rendering, so a constant added to the table without one fails.
 */
import type { Lang } from "./translate.ts";

/** A constant's words as the simulator's table writes them (in English). */
export interface ConstantWords {
  name: string;
  unit: string;
  source: string;
  meaning: string;
}

type Translation = {
  meanings: Readonly<Record<string, string>>;
  units: Readonly<Record<string, string>>;
  sources: Readonly<Record<string, string>>;
};

const vi: Translation = {
  meanings: {
    caseload: "số hồ sơ mới mỗi người nhận trong một kỳ",
    hardTime: "khối lượng công việc của một hồ sơ khó, tính bằng số hồ sơ dễ",
    hardValue: "giá trị thực chất của một hồ sơ khó, tính bằng số hồ sơ dễ",
    hardOnTime:
      "tỷ lệ hồ sơ khó mới nhận, giải quyết bình thường, vẫn kịp hạn (số còn lại phải chờ giấy tờ hoặc cơ quan khác; làm vội thì rút ngắn thời gian chờ)",
    queueDelay:
      "tỷ lệ hồ sơ mới giải quyết bị trễ hạn trên mỗi đơn vị hồ sơ tồn mà một người không kịp xử lý (hàng chờ càng dài, hồ sơ càng phải chờ lâu)",
    inflowSpread: "mức độ số hồ sơ một người nhận trong kỳ dao động theo may rủi (độ lệch chuẩn tương đối khi may rủi ở mức 100%)",
    hardMixLuck: "mức độ tỷ lệ hồ sơ khó của một kỳ dao động theo may rủi (độ lệch chuẩn tương đối khi may rủi ở mức 100%)",
    caseValue: "giá trị bằng tiền của một hồ sơ dễ, dùng cho cases.value (bộ tiêu chí theo doanh thu)",
    capacity: "khối lượng công việc một người trung bình làm được trong một kỳ khi dốc hết sức",
    abilitySpread: "độ lệch chuẩn về năng suất giữa các cá nhân",
    abandon: "tỷ lệ hồ sơ còn tồn cuối kỳ rời khỏi hàng chờ (rút hồ sơ, hết hạn, chuyển nơi khác): yếu tố giúp hệ thống ổn định",
    startBacklog: "số hồ sơ tồn mỗi người có khi bắt đầu (hồ sơ khó với tỷ lệ gấp đôi so với hồ sơ mới)",
    settlePeriods:
      "số kỳ làm việc như thường lệ (mức cố gắng bình thường, chưa áp dụng bộ tiêu chí) trước kỳ đầu tiên, để hàng chờ của mỗi người bắt đầu đúng ở mức do chính cách làm của họ tạo ra (làm tròn thành số nguyên)",
    rushDefects: "tỷ lệ sai sót khi làm vội",
    baseDefects: "tỷ lệ sai sót khi làm bình thường",
    defectsFound: "tỷ lệ sai sót bị phát hiện (phải xử lý lại) ngay trong kỳ",
    complaints: "tỷ lệ hồ sơ báo hoàn thành khống bị lộ qua phản ánh, khiếu nại của người dân",
    daysEasy: "số ngày từ khi tiếp nhận đến khi giải quyết xong một hồ sơ dễ mới nhận, làm bình thường",
    daysHard: "số ngày từ khi tiếp nhận đến khi giải quyết xong một hồ sơ khó mới nhận, làm bình thường",
    daysPeriod: "độ dài một kỳ: thời gian chờ cộng thêm cho một hồ sơ chuyển sang kỳ sau",
    daysFalse: "số ngày ghi nhận cho một hồ sơ bị báo hoàn thành khống",
    daysBorrowed: "số ngày ghi nhận cho một hồ sơ được báo hoàn thành sớm một kỳ (dời thời điểm)",
    satisfactionBase: "mức hài lòng với công việc không sai sót, đúng hạn",
    satisfactionDefects: "mức hài lòng mất đi trên mỗi đơn vị tỷ lệ sai sót",
    satisfactionLate: "mức hài lòng mất đi trên mỗi đơn vị tỷ lệ hồ sơ trễ hạn",
    satisfactionFalse: "mức hài lòng mất đi trên mỗi đơn vị tỷ lệ hồ sơ báo hoàn thành khống",
    satisfactionNoise: "độ lệch chuẩn của kết quả khảo sát trong một kỳ khi may rủi ở mức 100%",
    pressureGain: "mức hài lòng tăng thêm khi gây sức ép lên người dân được khảo sát",
    supervisorBase: "điểm lãnh đạo trực tiếp đánh giá cho công việc trung bình, không sai sót",
    supervisorSlope: "số điểm lãnh đạo trực tiếp cộng thêm trên mỗi đơn vị sản lượng vượt mức trung bình (tương đối)",
    supervisorQuality: "số điểm bị trừ trên mỗi đơn vị tỷ lệ sai sót (lãnh đạo trực tiếp nhận ra một nửa)",
    supervisorBelief: "tỷ lệ hồ sơ báo khống và báo sớm mà lãnh đạo trực tiếp tin là thật",
    leniency: "độ nương tay (thiên lệch lên) của lãnh đạo trực tiếp trên thang đánh giá 0–100",
    supervisorNoise: "độ lệch chuẩn của điểm lãnh đạo trực tiếp đánh giá",
    supervisedLeniency: "độ nương tay (thiên lệch lên) khi lãnh đạo trực tiếp ghi nhận bất kỳ số liệu nào khác",
    supervisedNoise: "độ lệch chuẩn tương đối khi lãnh đạo trực tiếp ghi nhận bất kỳ số liệu nào khác",
    motivationSaint: "động lực tự thân bình quân của người luôn liêm chính (không bao giờ lách)",
    motivationHonest: "động lực tự thân bình quân của người trung thực",
    motivationReactive: "động lực tự thân bình quân của người lách khi có lợi",
    motivationManiac: "động lực tự thân bình quân của người lách triệt để",
    motivationSpread: "độ rộng của phân bố đều động lực quanh mức bình quân của từng nhóm",
    effortCost: "chi phí của nỗ lực² khi tinh thần ở mức 1",
    intrinsic: "giá trị mà một người có động lực đầy đủ đặt vào khối lượng công việc thực chất của một kỳ bình thường",
    temperature: "độ nhiễu trong lựa chọn (tính hợp lý có giới hạn), thang logit",
    gamingCostHonest: "cái giá về đạo đức đối với người trung thực của một lần lách nhẹ ở liều lượng tham chiếu",
    gamingCostReactive:
      "cái giá về đạo đức đối với người lách khi có lợi của một lần lách ở liều lượng tham chiếu (khai khống: riêng hành vi, chưa tính từng hồ sơ)",
    gamingCostManiac:
      "cái giá về đạo đức đối với người lách triệt để của một lần lách ở liều lượng tham chiếu (khai khống: riêng hành vi, chưa tính từng hồ sơ)",
    falseCaseCostReactive: "cái giá về đạo đức đối với người lách khi có lợi của mỗi bản ghi sai (hoàn thành hoặc thời hạn)",
    falseCaseCostManiac: "cái giá về đạo đức đối với người lách triệt để của mỗi bản ghi sai (hoàn thành hoặc thời hạn)",
    falsifyActShare: "phần cái giá của hành vi mà riêng quyết định khai khống đã mang, chưa tính các bản ghi sai",
    falseCaseScale:
      "số bản ghi sai mà tại đó mỗi bản ghi, tính bình quân, nặng gấp đôi một bản ghi duy nhất (cái giá đạo đức của sự gian dối tăng nhanh hơn quy mô của nó)",
    falseTimeShare: "cái giá đạo đức của việc ghi một hồ sơ trễ hạn là đúng hạn, so với báo hoàn thành một hồ sơ chưa làm",
    cherryPickShare:
      "phần cái giá đạo đức của một lần lách nhẹ mà việc gác hồ sơ khó sang bên mang (cách lách dễ chối nhất: cùng khối lượng, chỉ khác thứ tự)",
    foresightHonest: "trọng số người trung thực đặt vào cái giá tương lai của việc nâng mục tiêu (người lách: 1, người liêm chính: 0)",
    discount: "trọng số của kỳ sau so với kỳ này, khi tính cái giá tương lai của việc nâng mục tiêu",
    outcomeNoise: "mức điểm thực tế có thể lệch khỏi mức một người dự tính khi lựa chọn (0: biết chính xác)",
    goalStake: "sức nặng của việc hụt hoàn toàn mọi chỉ tiêu, tính theo tỷ lệ trên khoảng chênh lệch giữa các mức thưởng của bộ tiêu chí",
    goalCurve:
      "mức hụt so với chỉ tiêu mà tại đó sức kéo của mục tiêu giảm còn một phần tư (càng nhỏ thì những điểm cuối cùng kéo càng mạnh)",
    hopeSpread: "độ phân tán của điểm mà một người dự tính ngoài may rủi, làm trơn phần thưởng kỳ vọng của cách làm thường ngày",
    moraleStart: "tinh thần làm việc bình quân lúc bắt đầu",
    moraleStartSpread: "độ rộng của phân bố đều tinh thần làm việc lúc bắt đầu",
    moraleCeiling: "mức tinh thần một người đạt tới khi cách làm thường ngày được kỳ vọng nhận mức thưởng cao nhất",
    moraleSensitivity: "tốc độ tinh thần ổn định giảm theo mức thiếu hụt kỳ vọng so với mức thưởng cao nhất",
    moraleRate: "phần khoảng cách tới mức tinh thần ổn định được thu hẹp sau mỗi kỳ",
    moraleThroughput: "năng suất mất đi khi tinh thần ở mức 0 so với mức 1",
    moraleEffort: "mức tinh thần thấp làm tăng chi phí nỗ lực và giảm giá trị của công việc thực chất",
    moraleConscience:
      "phần cái giá đạo đức mà một người không còn cảm thấy khi tinh thần ở mức 0 (người chán nản ít bận tâm hơn đến việc lách)",
  },
  units: {
    "cases per period": "hồ sơ mỗi kỳ",
    "easy cases": "hồ sơ dễ",
    share: "tỷ lệ",
    "money per easy case": "tiền mỗi hồ sơ dễ",
    "work units per period": "đơn vị công việc mỗi kỳ",
    "share per period": "tỷ lệ mỗi kỳ",
    "share of caseload": "tỷ lệ trên số hồ sơ mới",
    days: "ngày",
    periods: "kỳ",
    "share per defect rate": "tỷ lệ trên mỗi đơn vị tỷ lệ sai sót",
    "share per late share": "tỷ lệ trên mỗi đơn vị tỷ lệ trễ hạn",
    "share per false share": "tỷ lệ trên mỗi đơn vị tỷ lệ khống",
    points: "điểm",
    "points per relative output": "điểm trên mỗi đơn vị sản lượng tương đối",
    "points per defect rate": "điểm trên mỗi đơn vị tỷ lệ sai sót",
    "% of salary": "% tiền lương",
    "% of salary per false record": "% tiền lương mỗi bản ghi sai",
    "false records": "bản ghi sai",
    "per period": "mỗi kỳ",
    "per % of salary": "trên mỗi % tiền lương",
    "share of the reward range": "tỷ lệ trên khoảng chênh lệch mức thưởng",
    "share of a target": "tỷ lệ của chỉ tiêu",
  },
  sources: {
    assumed: "giả định",
    "Heath, Larrick & Wu (1999): goals as reference points; value assumed":
      "Heath, Larrick & Wu (1999): mục tiêu là điểm tham chiếu; giá trị là giả định",
    "Heath, Larrick & Wu (1999), diminishing sensitivity; value assumed":
      "Heath, Larrick & Wu (1999), độ nhạy giảm dần; giá trị là giả định",
    "assumed (Poisson arrivals of 40 cases would give 0.16; cases are allotted, which evens them out)":
      "giả định (nếu 40 hồ sơ đến ngẫu nhiên theo phân phối Poisson thì là 0,16; hồ sơ được phân công nên đều hơn)",
    "Bevan & Hood (2006), ordering only; value assumed": "Bevan & Hood (2006), chỉ thứ tự; giá trị là giả định",
    "Mazar, Amir & Ariely (2008): people cheat a little, not as much as pays; value assumed":
      "Mazar, Amir & Ariely (2008): con người gian dối một chút, không nhiều đến mức có lợi nhất; giá trị là giả định",
    "Locke & Latham (2002), direction only; value assumed": "Locke & Latham (2002), chỉ chiều tác động; giá trị là giả định",
    "Bandura (1999), Ordóñez et al. (2009), direction only; value assumed":
      "Bandura (1999), Ordóñez và cộng sự (2009), chỉ chiều tác động; giá trị là giả định",
  },
};

const TRANSLATIONS: Partial<Record<Lang, Translation>> = { vi };

/** The words of a constant in `lang`; English (the table's own) where a translation lacks one. */
export function constantWords(lang: Lang, c: ConstantWords): ConstantWords {
  const tr = TRANSLATIONS[lang];
  if (!tr) return c;
  return {
    name: c.name,
    unit: tr.units[c.unit] ?? c.unit,
    source: tr.sources[c.source] ?? c.source,
    meaning: tr.meanings[c.name] ?? c.meaning,
  };
}

/** What a language lacks for these constants: names without a meaning, units and sources without a rendering. */
export function missingConstantWords(lang: Lang, constants: readonly ConstantWords[]): string[] {
  const tr = TRANSLATIONS[lang];
  if (!tr) return lang === "en" ? [] : constants.map((c) => c.name);
  return [
    ...constants.filter((c) => !Object.hasOwn(tr.meanings, c.name)).map((c) => `meaning of ${c.name}`),
    ...[...new Set(constants.map((c) => c.unit))].filter((u) => !Object.hasOwn(tr.units, u)).map((u) => `unit "${u}"`),
    ...[...new Set(constants.map((c) => c.source))].filter((s) => !Object.hasOwn(tr.sources, s)).map((s) => `source "${s}"`),
  ];
}

/** Meanings a language has for constants that no longer exist (a renamed constant left behind). */
export function staleConstantWords(lang: Lang, constants: readonly ConstantWords[]): string[] {
  const names = new Set(constants.map((c) => c.name));
  return Object.keys(TRANSLATIONS[lang]?.meanings ?? {}).filter((n) => !names.has(n));
}
