import { parseDocument } from '../../src/extractors/article/document';
import { extractBody } from '../../src/extractors/article/body';

/** Conditional cleaning inside the chosen container: pages written for these tests. */

const bodyOf = (inner: string) =>
  extractBody(parseDocument(`<!doctype html><html><head><title>Port expansion</title></head><body><div class="article-body">${inner}</div></body></html>`), { title: null }).text;

const FILLER =
  '<p>The port authority said the new berth, which will take two years to build, would let the largest container ships dock at any tide, ending waits that have cost shippers millions.</p>' +
  '<p>Dredging of the approach channel, delayed twice by court challenges from fishing groups, is due to start in the spring and will run alongside the construction of the quay wall.</p>';

describe('spans in running text keep their words', () => {
  test('a linked name inside a sentence stays in the sentence', () => {
    const text = bodyOf(`<p>The plan was criticised by Senator <span class="person-tag"><a href="/people/ada-lowe">Ada Lowe</a></span> (D-Maine), who called it rushed.</p>${FILLER}`);
    expect(text).toContain('criticised by Senator Ada Lowe (D-Maine), who called it rushed.');
  });

  test('a ticker link in parentheses stays', () => {
    const text = bodyOf(`<div>Shares of the operator (<span class="quote-link"><a href="/quote/PTX">PTX</a></span>) rose 3% after the announcement, their best day in a month, while the wider index was flat.</div>${FILLER}`);
    expect(text).toContain('operator (PTX) rose 3%');
  });

  test('a pop-up of several links hidden inside a name link goes, the name stays', () => {
    const popup =
      '<span class="person-card"><a href="/people/ada-lowe">Ada Lowe</a><a href="/news/1">Senate passes the harbour bill after a long night of votes</a> <a href="/news/2">Lowe says the port deal needs more scrutiny from Congress</a></span>';
    const text = bodyOf(`<p>The plan was criticised by Senator <span class="person"><a href="/people/ada-lowe">Ada Lowe</a>${popup}</span>, who called it rushed.</p>${FILLER}`);
    expect(text).toContain('criticised by Senator Ada Lowe, who called it rushed.');
    expect(text).not.toContain('Senate passes');
  });

  test('a span of links standing alone between blocks is judged like a block and goes', () => {
    const text = bodyOf(`${FILLER}<div class="signature"><span>Follow me on <a href="https://social.example/ada">Social</a> <span>or</span> <a href="https://jobs.example/ada">Jobs</a>.</span></div>`);
    expect(text).not.toContain('Follow me');
  });
});
