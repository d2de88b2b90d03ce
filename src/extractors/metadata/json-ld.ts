import type { PageDocument } from '../article/document';

/**
 * JSON-LD reading shared by the metadata strategies: which objects describe the article, and how to read
 * a field that may be a string, an array, or an object with a name (schema.org allows all three).
 */

type Obj = Record<string, unknown>;

/** schema.org types that describe a news or blog article (CreativeWork subtypes pages use for stories). */
const ARTICLE_TYPES = new Set(
  [
    'NewsArticle', 'Article', 'BlogPosting', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle',
    'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'ScholarlyArticle',
    'TechArticle', 'SatiricalArticle', 'Report', 'SocialMediaPosting', 'DiscussionForumPosting', 'Blog',
    'VideoObject', 'WebPage', 'ItemPage',
  ].map((t) => t.toLowerCase()),
);

/** The types that are surely the story (ranked before the generic WebPage, VideoObject). */
const STORY_TYPES = new Set(
  ['NewsArticle', 'Article', 'BlogPosting', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle',
    'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'ScholarlyArticle',
    'TechArticle', 'SatiricalArticle', 'Report', 'SocialMediaPosting'].map((t) => t.toLowerCase()),
);

function types(obj: Obj): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, '').toLowerCase());
}

export function isType(obj: Obj, wanted: Set<string>): boolean {
  return types(obj).some((t) => wanted.has(t));
}

/** The JSON-LD objects describing the article: story types first, then WebPage-like ones. */
export function articleObjects(doc: PageDocument): Obj[] {
  const stories = doc.jsonLd.filter((o) => isType(o, STORY_TYPES));
  const pages = doc.jsonLd.filter((o) => !isType(o, STORY_TYPES) && isType(o, ARTICLE_TYPES));
  // a WebPage's mainEntity is often the article itself
  const entities: Obj[] = [];
  for (const o of [...stories, ...pages]) {
    const main = o.mainEntity;
    if (main && typeof main === 'object' && !Array.isArray(main) && isType(main as Obj, STORY_TYPES)) entities.push(main as Obj);
  }
  return [...stories, ...entities, ...pages];
}

/**
 * Only the objects that are surely the story (NewsArticle, BlogPosting, ... and a page's mainEntity of such a
 * type), without the generic WebPage, VideoObject or ItemPage: an embedded video's uploadDate or a page's own
 * dates are not the article's. Dates read these first and the generic ones later.
 */
export function storyObjects(doc: PageDocument): Obj[] {
  return articleObjects(doc).filter((o) => isType(o, STORY_TYPES));
}

/** A text value: a string, the first string of an array, or an object's name / @value. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t) return t;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as Obj;
    return textOf(o.name ?? o['@value']);
  }
  return null;
}

/** Every name in a field such as author: strings, {name}, arrays of either. */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const o = value as Obj;
    if (typeof o.name === 'string') return o.name.trim() ? [o.name.trim()] : [];
    if (Array.isArray(o.name)) return namesOf(o.name);
    const given = typeof o.givenName === 'string' ? o.givenName : '';
    const family = typeof o.familyName === 'string' ? o.familyName : '';
    const joined = `${given} ${family}`.trim();
    return joined ? [joined] : [];
  }
  return [];
}

/** Resolves an {"@id": ...} reference against the other objects on the page. */
export function resolveRef(doc: PageDocument, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveRef(doc, v));
  if (value && typeof value === 'object') {
    const o = value as Obj;
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length === 1) {
      const target = doc.jsonLd.find((x) => x['@id'] === id && x !== o);
      if (target) return target;
    }
  }
  return value;
}
