import { parseDocument } from '../../src/extractors/article/document';
import { printedHeadline } from '../../src/extractors/metadata/headline-element';
import { extractTitle } from '../../src/extractors/metadata/title';

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const printed = (body: string) => printedHeadline(parseDocument(page('', body), 'https://news.example.com/a'));
const title = (head: string, body: string) => extractTitle(parseDocument(page(head, body), 'https://news.example.com/a'), null)?.value;

describe('the printed headline element', () => {
  test.each([
    ['a plain <h1>', '<article><h1>Harbour crane collapses in storm</h1></article>', 'Harbour crane collapses in storm', 'h1'],
    [
      'a kicker span marked as such is left out',
      '<h1><span class="article-title__overline">Storm season</span> <span class="article-title__text">Harbour crane collapses</span></h1>',
      'Harbour crane collapses',
      'h1 without kicker',
    ],
    [
      'the child marked as headline is the headline, whatever the kicker is called',
      '<h1 class="head"><span class="Type_text-s__a1 Type_color-red__b2">"It will start soon"</span><span class="Type_text-xxl__c3 detail-head_headline__x1">Mayor orders evacuation</span></h1>',
      'Mayor orders evacuation',
      'h1 without kicker',
    ],
    [
      'a hidden dash between kicker and headline is not read',
      '<h1><span class="Head_titleheader__a1">Party congress</span><span class="Head_hiddendash__b2" aria-hidden="true"> – </span><span class="Head_text__c3">Leader calls for resistance</span></h1>',
      'Leader calls for resistance',
      'h1 without kicker',
    ],
    [
      'a kicker joined by a visible separator is printed as part of the headline',
      '<h1><span class="article-title__kicker">Back again</span><span class="article-title__separator">: </span><span class="article-title__headline">Coach asks for patience</span></h1>',
      'Back again: Coach asks for patience',
      'h1',
    ],
    [
      'an <h1> in the breadcrumb trail yields to the article header <h2>',
      '<div class="sitewrapper"><nav class="breadcrumb"><h1>Elections: Turnout hits a record</h1></nav><article><div class="article__header"><h2><span class="article__kicker">Elections</span><span class="article__headline">Turnout hits a record</span></h2></div></article></div>',
      'Turnout hits a record',
      'article h2 without kicker',
    ],
    [
      'an <h1> whose class says seotitle is a crumb too',
      '<article><div class="breadbar"><h1 class="seotitle">Short SEO headline</h1></div><div class="ContentHead"><h2 class="title">The longer printed headline</h2></div></article>',
      'The longer printed headline',
      'article h2',
    ],
    [
      'a consent dialog <h2> before the crumb is not the headline',
      '<div class="consent-header"><h2>How do you want to use this site?</h2></div><header class="article__header"><div class="header__crumb"><a>League</a><h1>Coach: "Nothing to lose"</h1></div><h2>New coach: "Nothing to lose"</h2></header>',
      'New coach: "Nothing to lose"',
      'article h2',
    ],
    [
      'an <h1> in a plain <nav> is a crumb; the <h2> in the same block as the trail is the headline',
      '<article><div class="head"><nav><ul><li><h1 class="whitespace-nowrap">Blackout: Is the grid safe?</h1></li></ul></nav><hgroup><h2 class="heading-3xl">Lights out, trains stop: how safe is the grid?</h2></hgroup></div><section><h2>Read more</h2></section></article>',
      'Lights out, trains stop: how safe is the grid?',
      'article h2',
    ],
    [
      'near the crumb, an article header called "teaser" still holds the headline',
      '<header><section class="ModuleTeaser_wrapper"><div class="Breadcrumb_crumb"><a>Home</a> &gt; <h1 class="Breadcrumb_headline">Synod: Church to review abuse</h1></div><h2 class="ModuleTeaser_title">Synod: Church to review abuse cases</h2></section></header><div class="live"><h2>12.31: Minister speaks</h2></div>',
      'Synod: Church to review abuse cases',
      'article h2',
    ],
    [
      'an <h1> whose only wrapper is called a teaser is still read when no other <h1> exists',
      '<header><section class="ArticleModuleTeaser_wrapper"><h1 class="ArticleModuleTeaser_title">Synod opens in Coburg</h1></section></header>',
      'Synod opens in Coburg',
      'h1',
    ],
    [
      'with only a crumb <h1> and no article heading, the crumb is read',
      '<ul class="breadcrumb"><li><h1>Bridge reopens after repairs</h1></li></ul><p>Text</p>',
      'Bridge reopens after repairs',
      'h1',
    ],
    [
      'an empty logo <h1> is skipped for the next one',
      '<div class="nav_more"><h1 class="logo"><a href="/"><img alt=""></a></h1></div><div class="main"><h1>Space forum opens in Beijing</h1></div>',
      'Space forum opens in Beijing',
      'h1',
    ],
    [
      'an <h1> in a related-stories teaser is not the headline, while a <body> class is ignored',
      '<aside><h1>Other story</h1></aside><main><h1>This story</h1></main>',
      'This story',
      'h1',
    ],
  ])('%s', (_name, body, value, rule) => {
    expect(printed(body)).toEqual({ value, rule });
  });

  test('a <body> whose class mentions "recommended" does not hide the headline', () => {
    const doc = parseDocument('<html><body class="segment--recommended"><article><h1>Best clothes airers</h1></article></body></html>');
    expect(printedHeadline(doc)).toEqual({ value: 'Best clothes airers', rule: 'h1' });
  });

  test('no heading at all gives null', () => {
    expect(printed('<p>Only text</p>')).toBeNull();
  });
});

describe('the title prefers what the page prints over an SEO <h1> in the crumbs', () => {
  test('og:title and the article <h2> outvote the JSON-LD headline and the crumb <h1>', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Elections: Turnout hits a record"}</script>' +
      '<meta property="og:title" content="Turnout hits a record">';
    const body =
      '<div class="page"><nav class="breadcrumb"><h1>Elections: Turnout hits a record</h1></nav>' +
      '<article><header><h2><span class="article__kicker">Elections</span><span class="article__headline">Turnout hits a record</span></h2></header></article></div>';
    expect(title(head, body)).toBe('Turnout hits a record');
  });

  test('a kicker printed inline with a visible colon stays in the title that og:title also carries', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Back again: Coach asks for patience | Sport"}</script>' +
      '<meta property="og:title" content="Back again: Coach asks for patience">';
    const body = '<article><h1><span class="t__kicker">Back again</span><span class="t__separator">: </span><span class="t__headline">Coach asks for patience</span></h1></article>';
    expect(title(head, body)).toBe('Back again: Coach asks for patience');
  });
});
