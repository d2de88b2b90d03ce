import type { DateMention } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';
import { FISCAL_START_MONTH } from './lexicons/country-cues';
import { articleCountry } from './figures/country';
import { parseDay } from './dates/calendar';
import { DATE_RULES, type DateEnv, type Found } from './dates/rules';
import { resolveOverlaps } from './dates/resolve-overlaps';
import { compose } from './dates/compose';

/** The facts a date rule needs about this article: publication day, fiscal-year start, day-first order. */
export function dateEnv(doc: TextDoc, ctx: ExtractContext): DateEnv {
  const country = articleCountry(doc.text, ctx);
  const starts = doc.sentences.map((s) => s.start);
  return {
    text: doc.text,
    ref: parseDay(ctx.publishedAt),
    // unknown country: the project's reference news is Pakistani, whose fiscal year runs July-June
    fiscalStart: country === 'LK' || country === 'OTHER' ? 1 : FISCAL_START_MONTH[country ?? 'PK'] ?? 7,
    dayFirst: country !== 'US',
    country,
    sentenceStart(index: number): number {
      let lo = 0;
      let hi = starts.length - 1;
      let found = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= index) {
          found = starts[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    },
  };
}

/**
 * Every calendar reference in the text, in reading order: full dates in any common order, months, years used
 * as time references, quarters, halves, fiscal years, and relative dates resolved against ctx.publishedAt
 * (never the clock; left out when it is null). Each rule is a named pattern in dates/rules.ts.
 */
export function extractDates(doc: TextDoc, ctx: ExtractContext): DateMention[] {
  const env = dateEnv(doc, ctx);
  const candidates = DATE_RULES.flatMap((rule, order) => {
    const out: (Found & { rule: string; order: number })[] = [];
    if (rule.requires && !rule.requires.test(doc.text)) return out;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(doc.text); m; m = rule.pattern.exec(doc.text)) {
      const parsed = rule.parse(m, env);
      for (const f of parsed === null ? [] : Array.isArray(parsed) ? parsed : [parsed]) out.push({ ...f, rule: rule.name, order });
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
    return out;
  });
  return compose(resolveOverlaps(candidates), env).filter((c) => !c.blocked).map((c) => ({
    text: doc.text.slice(c.start, c.end),
    span: { start: c.start, end: c.end },
    value: c.value,
    relative: c.relative,
    rule: c.rule,
  }));
}
