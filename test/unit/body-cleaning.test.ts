import { parseDocument } from '../../src/extractors/article/document';
import { extractBody } from '../../src/extractors/article/body';
import { isFurnitureLine } from '../../src/extractors/article/body/filter';

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

describe('posts embedded from social networks are part of the story', () => {
  test('a quoted post in a "social embed" wrapper stays, with its attribution line', () => {
    const embed =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The berth will double what the port can handle. Work starts in March. <a href="https://t.example/x1">t.example/x1</a></p>— Harbour Authority (@harbourauth) <a href="https://social.example/harbourauth/1">March 3, 2026</a></blockquote></div>';
    const text = bodyOf(`${FILLER}${embed}<p>Fishing groups said they would appeal the dredging permit again, arguing that the channel work would destroy spawning grounds.</p>`);
    expect(text).toContain('The berth will double what the port can handle. Work starts in March.');
    expect(text).toContain('— Harbour Authority (@harbourauth) March 3, 2026');
  });

  test('a share bar next to the article still goes: only the embed markup is protected', () => {
    const text = bodyOf(`${FILLER}<div class="social-share"><a href="https://social.example/share">Share on Social</a> <a href="mailto:?x">Email</a></div>`);
    expect(text).not.toContain('Share on Social');
  });
});

describe('promoted headline links inside the text are furniture', () => {
  test.each<[string, boolean]>([
    ['SEE MORE: Port strike enters its third day as talks stall', true],
    ["DON'T MISS", true],
    ['Don’t miss:', true],
    ['Harbour chief hits back at critics over berth costs [VIDEO]', true],
    ['Fishing fleet blockades the channel entrance [PICTURES]|', true],
    ['We will see more ships once the channel is dredged, he said.', false],
    ['The report [PDF] was published on Monday by the authority.', false],
  ])('%s -> %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected);
  });
});

describe('a standfirst repeating the meta description is not body text', () => {
  const DEK = 'The port will spend 40 million dollars on a new berth, and shipping lines want the channel dredged first.';
  const withDek = (cls: string, dek: string) =>
    extractBody(
      parseDocument(`<!doctype html><html><head><title>Port expansion</title><meta name="description" content="${DEK}"></head><body><div class="article-body"><div class="${cls}">${dek}</div>${FILLER}</div></body></html>`),
      { title: null },
    ).text;

  test('a "dek" block with the description text goes', () => {
    expect(withDek('story-dek', DEK)).not.toContain('40 million');
  });

  test('a lede that repeats the description but has no summary class stays', () => {
    expect(withDek('lede', DEK)).toContain(DEK);
  });

  test('a "summary" block with other text stays', () => {
    const other = 'Shipping lines say the new berth will not help unless the approach channel is dredged as well.';
    expect(withDek('summary', other)).toContain(other);
  });
});
