import type { Place, Span } from '../record';
import type { TextDoc } from './text';
import { PLACES } from './lexicons/places';
import { insideAny } from './entities/tokens';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Every form as written and in capitals (datelines: "ISLAMABAD, Apr 3 (APP):"), longest first, compiled once.
const FORMS = PLACES.flatMap((forms, i) =>
  forms.flatMap((form) => (form.toUpperCase() === form ? [{ form, i }] : [{ form, i }, { form: form.toUpperCase(), i }])),
).sort((a, b) => b.form.length - a.form.length);
const FORM_INDEX = new Map(FORMS.map(({ form, i }) => [form, i]));
const GREATER_BEFORE = /Greater $/;
// Not inside a longer word ("Pakistani", "Sri Lankans"), "US" not as the start of "U.S.-made" etc., and no
// currency sign after it ("US$ 6.9 billion", "US $5m" name a currency, not a place)
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${FORMS.map(({ form }) => escape(form)).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L}|\\s?\\$)`,
  'gu',
);

/**
 * Named places from the gazetteer. A place written only inside an organization's or a person's name ("Pakistan" in
 * "State Bank of Pakistan", "Sri Lanka" in "Sri Lanka Tea Board") is not a place of the article (GUIDELINES gold).
 */
export function extractPlaces(doc: TextDoc, blocked: readonly Span[]): Place[] {
  const found = new Map<string, { forms: readonly string[]; written: string[]; mentions: Span[] }>();
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(doc.text); m; m = PATTERN.exec(doc.text)) {
    const greater = GREATER_BEFORE.exec(doc.text.slice(Math.max(0, m.index - 8), m.index));
    const span = { start: m.index - (greater ? greater[0].length : 0), end: m.index + m[0].length };
    if (insideAny(span, blocked)) continue;
    const i = FORM_INDEX.get(m[0]);
    if (i === undefined) continue;
    // "Greater China", "Greater Karachi": the region around a place is a place of its own
    const forms = greater ? PLACES[i].map((f) => `Greater ${f}`) : PLACES[i];
    const entry = found.get(forms[0]) ?? { forms, written: [], mentions: [] };
    entry.written.push(greater ? `Greater ${m[0]}` : m[0]);
    entry.mentions.push(span);
    found.set(forms[0], entry);
  }
  return [...found.values()]
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map(({ forms, written, mentions }) => ({ name: placeName(forms, written), mentions }));
}

/** The fullest form the article writes, in the gazetteer's spelling ("ISLAMABAD" is named "Islamabad"). */
function placeName(forms: readonly string[], written: string[]): string {
  const spelled = written.map((w) => forms.find((f) => f === w) ?? forms.find((f) => f.toUpperCase() === w) ?? w);
  return spelled.sort((a, b) => b.replace(/\./g, '').length - a.replace(/\./g, '').length)[0];
}
