import { extractEntities } from '../../src/extractors/entities';
import { makeContext } from '../../src/extractors/context';
import { buildTextDoc } from '../../src/extractors/text';
import type { Person } from '../../src/record';

const people = (text: string): Person[] => extractEntities(buildTextDoc(text), makeContext({ strict: true })).people;
const summary = (text: string) => people(text).map((p) => [p.name, p.title, p.organization]);

describe('people: names', () => {
  test.each([
    ['keeps all three words of a South Asian name compromise cuts short', 'The ministry is on track, said Asfand Yar Khan on Monday.', 'Asfand Yar Khan'],
    ['keeps the name part Syed', 'Syed Junaid Imam said exports would rise.', 'Syed Junaid Imam'],
    ['keeps the name part Mian', 'Speaking in Lahore, Mian Muhammad Shahbaz said the party would contest.', 'Mian Muhammad Shahbaz'],
    ['keeps the name part Khawaja', 'Khawaja Muhammad Asif told reporters the talks had stalled.', 'Khawaja Muhammad Asif'],
    ['keeps the name part Chaudhry', 'Chaudhry Pervaiz Elahi met party workers on Friday.', 'Chaudhry Pervaiz Elahi'],
    ['keeps Sheikh at the start of a name', 'Former chairman Dr. Sheikh Kaiser Waheed stressed that costs were high.', 'Sheikh Kaiser Waheed'],
    ['keeps Sheikh at the end of a name', 'Prof. Khalid Ahmad Sheikh presented the study.', 'Khalid Ahmad Sheikh'],
    ['keeps the particle ul inside a name', 'Association Chairman Tauqeer ul Haq said exports had crossed $500 million.', 'Tauqeer ul Haq'],
    ['keeps the particle e inside a name', 'Power Secretary Dr Fakhr e Alam Irfan briefed the committee.', 'Fakhr e Alam Irfan'],
    ['keeps initials', 'Opposition MP S M Marikkar said prices had doubled.', 'S M Marikkar'],
    ['keeps dotted initials', 'The secretary, B.L.A.J. Dharmakeerthi, said that tea exports rose.', 'B.L.A.J. Dharmakeerthi'],
    ['keeps a hyphenated family name', 'Experts including Dr. Zakieh Al-Kurdi spoke at the summit.', 'Zakieh Al-Kurdi'],
    ['drops the honorific Mr.', 'Mr. Nelson Azeem said the tax must rise.', 'Nelson Azeem'],
    ['drops the honorific Ms', 'Ms Fatima Bhutto visited Hyderabad.', 'Fatima Bhutto'],
    ['drops stacked honorifics', 'Prof. Dr. Matiur Rehman opened the session.', 'Matiur Rehman'],
    ['keeps an Arabic article joined to a name', 'Egyptian President Abdel Fattah al-Sisi arrived in Cairo.', 'Abdel Fattah al-Sisi'],
    ['takes a Western name compromise knows', 'Experts including Jim Harris shared insights.', 'Jim Harris'],
    ['takes a name with a common regional family name and no other cue', 'The minister praised Farrukh Habib for his work.', 'Farrukh Habib'],
    ['takes a name right before a speech verb', 'Rizwan Bhatti said the scheme would expire.', 'Rizwan Bhatti'],
    ['keeps a month that is a surname inside a name', 'Former prime minister Theresa May spoke in the debate on Brexit.', 'Theresa May'],
    ['drops a sport title before a name', 'Coach Ellis Brandt said the squad had trained all week.', 'Ellis Brandt'],
    ['a title-case headline lends a name no ordinary words ("Rip", "Harbour")', 'Harbour Workers Rip Ana Ruiz As A Poor Manager\n\nDock workers said Ana Ruiz had ignored the harbour for years.', 'Ana Ruiz'],
  ])('%s', (_rule, text, name) => {
    expect(people(text).map((p) => p.name)).toEqual([name]);
  });

  test.each([
    ['a title alone is not a person', 'The Prime Minister chaired a meeting of the cabinet on Tuesday.'],
    ['a month after a speech verb and before a day is a date, not a name', 'The council said May 5 would be the last day of voting.'],
    ['a month alone is not a name', 'Parliament will meet again in May to vote on the budget.'],
    ['a person named only by a lower-case title is not a person', 'The finance minister said the budget was balanced.'],
    ['a place of two words is not a person', 'Sri Lanka recorded growth of 5% in 2024.'],
    ['an organization after a speech verb is not a person', 'The defence minister told Geo News that talks had stalled.'],
    ['a title-case headline is not a person', 'Govt Approves New Tax Measures For Retailers'],
    ['unnamed sources are not people', 'Experts said the plan was unrealistic. Officials said funds were released.'],
    ['a portfolio after a title is not a name', 'He met the Dean of Allied Healthcare Sciences at the academy.'],
    ['ordinary capitalized words before a speech verb are not a person', 'The Vision 2025 Plan Review said targets were missed.'],
    ['a company before a speech verb is not a person', 'Yesterday Honda Atlas Cars said sales fell.'],
    ['a sentence-initial surname alone is not a person', 'Fernando said the budget was late.'],
    ['a word joined by an ampersand is a firm, not a person', 'Prices held, Perera & Walker said in a note.'],
    ['what a title holder owns is not a person', 'Funds were released for the Chief Minister’s Green Tractor Scheme on Monday.'],
  ])('%s', (_rule, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('people: one entry per person with every mention', () => {
  test.each([
    ['links a later surname to the full name', 'Finance Minister Muhammad Aurangzeb spoke first. Aurangzeb said taxes would fall.', 'Muhammad Aurangzeb', ['Muhammad Aurangzeb', 'Aurangzeb']],
    ['links a later first name to the full name', 'Power Minister Awais Leghari briefed reporters. Awais said tariffs would drop.', 'Awais Leghari', ['Awais Leghari', 'Awais']],
    ['links a shorter form to the fullest one', 'The team was led by Sardar Awais Ahmad Khan Leghari. Power Minister Awais Leghari thanked it.', 'Sardar Awais Ahmad Khan Leghari', ['Sardar Awais Ahmad Khan Leghari', 'Awais Leghari']],
    ['links a possessive mention', 'State Bank Governor Jameel Ahmad spoke. Ahmad’s remarks moved markets.', 'Jameel Ahmad', ['Jameel Ahmad', 'Ahmad']],
  ])('%s', (_rule, text, name, mentions) => {
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe(name);
    expect(found[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(mentions);
  });

  test('links a bare surname to the person named most recently', () => {
    const text = 'Ali Khan spoke first. Imran Khan, a former prime minister, replied. Khan then left.';
    const found = people(text);
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([['Ali Khan', 1], ['Imran Khan', 2]]);
  });
});

describe('people: titles and organizations', () => {
  test.each([
    ['an appositive title at a ministry', 'The sector can grow, stated Asfand Yar Khan, Director General (IT) at the Ministry of Information Technology and Telecommunication.',
      ['Asfand Yar Khan', 'Director General (IT)', 'Ministry of Information Technology and Telecommunication']],
    ['an appositive title at an acronym', 'Exports rose, said Syed Junaid Imam, Member IT at MoITT.', ['Syed Junaid Imam', 'Member IT', 'MoITT']],
    ['a title before the name with its portfolio', 'The demands were presented by Federal Minister for Finance and Revenue Muhammad Aurangzeb during the session.',
      ['Muhammad Aurangzeb', 'Federal Minister for Finance and Revenue', null]],
    ['a title straight before the organization before the name', 'Secretary Ministry of Maritime Affairs Zafar Iqbal Kiani briefed the panel.',
      ['Zafar Iqbal Kiani', 'Secretary', 'Ministry of Maritime Affairs']],
    ['a committee on a portfolio ends before the name after it', 'Chairman of the Senate Standing Committee on Commerce Kamran Saeed Usmani chaired the session.',
      ['Kamran Saeed Usmani', 'Chairman', 'Senate Standing Committee on Commerce']],
    ['a name with a particle before a speech verb, and a market trade as title', '“Bids were thin,” said Roshan de Mel, a senior broker at Asia Tea Brokers.',
      ['Roshan de Mel', 'senior broker', 'Asia Tea Brokers']],
    ['a research fellow at a think tank', 'Tariffs must rise, said Nusrat Jahan, a senior research fellow at the Bangladesh Institute of Development Studies.',
      ['Nusrat Jahan', 'senior research fellow', 'Bangladesh Institute of Development Studies']],
    ['a weak head between an organization and the name', 'Jatiya Party leader Rafiqul Alam said the vote was rigged.', ['Rafiqul Alam', 'leader', 'Jatiya Party']],
    ['an academic post in an appositive', '“Prices will ease,” said Rukhsana Parveen, a professor of statistics at the University of Karachi.',
      ['Rukhsana Parveen', 'professor of statistics', 'University of Karachi']],
    ['a verb after the comma starts the predicate, not an appositive', 'The session, opened by Provincial Minister for Health Tariq Mehmood Gill, was attended by senior officials and the Chief Secretary.',
      ['Tariq Mehmood Gill', 'Provincial Minister for Health', null]],
    ['an organization before a clause comma is not the titled person’s', 'Speaking outside the Sindh Assembly, Opposition Leader Farooq Ahmed Shah of the Pakistan Muslim League-Nawaz (PML-N) said so.',
      ['Farooq Ahmed Shah', 'Opposition Leader', 'Pakistan Muslim League-Nawaz']],
    ['a house-style acronym before a title names the organization', 'The All Ceylon Traders Association (Acta) met. Acta President Nimal Perera said prices rose.',
      ['Nimal Perera', 'President', 'All Ceylon Traders Association']],
    ['a short title before the name', 'Finance Minister Muhammad Aurangzeb said the loan was secured.', ['Muhammad Aurangzeb', 'Finance Minister', null]],
    ['"X, the chairman of Y,"', 'Javed Bilwani, the chairman of the Karachi Chamber of Commerce, said relief was overdue.', ['Javed Bilwani', 'chairman', 'Karachi Chamber of Commerce']],
    ['a lower-case appositive title', 'Jobs are scarce, said Mark Taylor Pierce, country director of Save the Children.', ['Mark Taylor Pierce', 'country director', 'Save the Children']],
    ['an organization before the title', 'State Bank Governor Jameel Ahmad said remittances hit a record.', ['Jameel Ahmad', 'Governor', 'State Bank']],
    ['an acronym before the title, by the fullest form written', 'The Pakistan Software Houses Association (P@SHA) met. P@SHA Chairman Sajjad Syed noted that taxes were high.',
      ['Sajjad Syed', 'Chairman', 'Pakistan Software Houses Association']],
    ['a title ending in an organization', 'The team was led by Minister for Power Division Sardar Awais Ahmad Khan Leghari.',
      ['Sardar Awais Ahmad Khan Leghari', 'Minister for Power Division', 'Power Division']],
    ['a long organization after "to" leaves the title', 'Secretary to the Ministry of Agriculture and Plantation Industries, B.L.A.J. Dharmakeerthi, said that exports rose.',
      ['B.L.A.J. Dharmakeerthi', 'Secretary', 'Ministry of Agriculture and Plantation Industries']],
    ['an organization then a title in the appositive', 'Dr. Waseem Saleem, WHO representative, stated that taxes work.', ['Waseem Saleem', 'representative', 'WHO']],
    ['a portfolio list over commas', 'Mr. Ahsan Iqbal, the Federal Minister for Planning, Development and Special Initiatives, chaired the meeting.',
      ['Ahsan Iqbal', 'Federal Minister for Planning, Development and Special Initiatives', null]],
    ['an abbreviated title written out', 'PM Shehbaz termed the facility a success.', ['Shehbaz', 'Prime Minister', null]],
    ['military ranks as the title', 'Lt Gen Nigar Johar attended the ceremony.', ['Nigar Johar', 'Lt Gen', null]],
    ['"who represents" gives the organization', 'MP Marikkar, who represents the Samagi Jana Balawegaya (SJB), asked questions.', ['Marikkar', 'MP', 'Samagi Jana Balawegaya']],
    ['"led by" gives the organization', 'The deal was signed with the Relief Agency (RA), led by Tom Fletcher, a former diplomat.', ['Tom Fletcher', 'former diplomat', 'Relief Agency']],
    ['an unknown employer after "at"', 'Nasir Shah, Director Operations at K-Electric, said load-shedding would end.', ['Nasir Shah', 'Director Operations', 'K-Electric']],
    ['"X of the Y" gives the organization', 'Economist Debapriya Bhattacharya of the Centre for Policy Dialogue (CPD) warned of risks.', ['Debapriya Bhattacharya', 'Economist', 'Centre for Policy Dialogue']],
    ['a weak title right before the name', 'Justice Qazi Faez Isa heard the case.', ['Qazi Faez Isa', 'Justice', null]],
    ['a bracketed affiliation', 'Speakers included Dr. Geoff Tsen (USP, Greater China) and others.', ['Geoff Tsen', null, 'USP']],
  ])('takes %s', (_rule, text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  test('gives each person in a list of officials their own title', () => {
    const text = 'He thanked Deputy Prime Minister Senator Ishaq Dar, Finance Minister Muhammad Aurangzeb, Power Minister Awais Leghari and FBR Chairman Rashid Langrial.';
    expect(summary(text)).toEqual([
      ['Ishaq Dar', 'Deputy Prime Minister Senator', null],
      ['Muhammad Aurangzeb', 'Finance Minister', null],
      ['Awais Leghari', 'Power Minister', null],
      ['Rashid Langrial', 'Chairman', 'FBR'],
    ]);
  });

  test('keeps the fullest title any mention gives', () => {
    const text = 'Finance Minister Muhammad Aurangzeb arrived. Later, Federal Minister for Finance and Revenue Muhammad Aurangzeb spoke.';
    expect(summary(text)).toEqual([['Muhammad Aurangzeb', 'Federal Minister for Finance and Revenue', null]]);
  });

  test('does not take an employer named in an appositive for a person', () => {
    const text = 'John O’Brien, an analyst at Capital Economics, said rates would fall.';
    const entities = extractEntities(buildTextDoc(text), makeContext({ strict: true }));
    expect(entities.people.map((p) => [p.name, p.title, p.organization])).toEqual([['John O’Brien', 'analyst', 'Capital Economics']]);
    expect(entities.organizations.map((o) => o.name)).toEqual(['Capital Economics']);
  });

  test('gives every mention as a span into the text', () => {
    const text = 'Syed Junaid Imam said growth was strong.';
    expect(people(text)[0].mentions).toEqual([{ start: 0, end: 16 }]);
  });
});

describe('people: a month that is also a surname', () => {
  test('a later "May said" is a mention of Theresa May, not a date or a new person', () => {
    const found = people('Prime Minister Theresa May arrived in Brussels. "We will deliver," May said on Tuesday.');
    expect(found.map((p) => [p.name, p.title, p.mentions.length])).toEqual([['Theresa May', 'Prime Minister', 2]]);
  });
});
