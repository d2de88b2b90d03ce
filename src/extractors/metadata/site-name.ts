import type { PageDocument } from '../article/document';
import { articleObjects, isType, resolveRef, textOf } from './json-ld';

/** The publication's name: og:site_name, JSON-LD publisher, application-name, a WebSite object's name. */

const WEBSITE = new Set(['website', 'newsmediaorganization', 'organization']);

export function extractSiteName(doc: PageDocument): string | null {
  const og = doc.meta.get('og:site_name')?.[0];
  if (og) return og.trim();
  for (const obj of articleObjects(doc)) {
    const name = textOf(resolveRef(doc, obj.publisher));
    if (name) return name;
  }
  const app = doc.meta.get('application-name')?.[0] ?? doc.meta.get('apple-mobile-web-app-title')?.[0];
  if (app) return app.trim();
  const site = doc.jsonLd.find((o) => isType(o, WEBSITE) && typeof o.name === 'string');
  return site ? textOf(site.name) : null;
}
