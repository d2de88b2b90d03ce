import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn, type GoldAttribution } from './ann';

/** One PolNeAR article of a split: its text, the first-sorting annotator's attributions and its metadata. */
export interface PolnearArticle {
  /** the file name without `.txt`: `<publisher>_<YYYY-MM-DD>_<slug>` */
  id: string;
  publisher: string;
  /** YYYY-MM-DD, from metadata.tsv or else the file name */
  publishedAt: string | null;
  text: string;
  annotator: string;
  gold: GoldAttribution[];
}

/** metadata.tsv: filename -> publication_date (and publisher), read by column name. */
function readMetadata(root: string): Map<string, { publisher: string; date: string }> {
  const path = join(root, 'metadata.tsv');
  const out = new Map<string, { publisher: string; date: string }>();
  if (!existsSync(path)) return out;
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
  const cols = header.split('\t');
  const at = (name: string) => cols.indexOf(name);
  for (const row of rows) {
    const cells = row.split('\t');
    const filename = cells[at('filename')];
    if (filename) out.set(filename, { publisher: cells[at('publisher')], date: cells[at('publication_date')] });
  }
  return out;
}

const DATE_IN_NAME = /^([a-z]+)_(\d{4}-\d{2}-\d{2})_/;

/**
 * The articles of one split (`dev`, `train`) under `root` (…/quotes/polnear). FORMAT.md: for scoring use
 * exactly one annotation per article, the .ann whose annotator id sorts first.
 */
export function loadPolnearSplit(root: string, split: string): PolnearArticle[] {
  const meta = readMetadata(root);
  const textDir = join(root, split, 'text');
  const annDir = join(root, split, 'attributions');
  const anns = readdirSync(annDir).filter((n) => n.endsWith('.ann')).sort();
  return readdirSync(textDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const id = name.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${id}_`) && /^[0-9a-z]+\.ann$/.test(a.slice(id.length + 1)));
      if (!ann) return [];
      const fromName = DATE_IN_NAME.exec(id);
      const m = meta.get(id);
      return [{
        id,
        publisher: m?.publisher ?? fromName?.[1] ?? 'unknown',
        publishedAt: m?.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : fromName?.[2] ?? null,
        text: readFileSync(join(textDir, name), 'utf8'),
        annotator: ann.slice(id.length + 1, -4),
        gold: parseAnn(readFileSync(join(annDir, ann), 'utf8')),
      }];
    });
}
