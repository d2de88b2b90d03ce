import { MONTH_WITH_DOT_SOURCE, WEEKDAY_SOURCE } from '../lexicons/months';

/** Date patterns, compiled once. Capture groups are read by the matching rule in rules.ts. */
const M = MONTH_WITH_DOT_SOURCE;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d\\d)';
const WD = `(?:${WEEKDAY_SOURCE},?\\s+(?:the\\s+)?)?`;
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th|last)';

export const P = {
  // "the fiscal year ending June 30, 2026" (FY2026); the day inside is found again by its own rule
  fiscalEnding: new RegExp(`\\b(?:the\\s+)?(?:fiscal|financial)\\s+year\\s+(?:ending|ended|that\\s+ends|which\\s+ends)\\s+(?:on\\s+)?(?:${M}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${M},?\\s+${YEAR}|${M},?\\s+${YEAR})`, 'gi'),
  // "FY2023-24", "FY24", "FY 2024", "FY25's"
  fyLabel: /\bFY\s?'?(\d{4}|\d{2})(?:\s?[-–/]\s?(\d{4}|\d{2}))?\b/g,
  // "fiscal year 2023-24", "financial year 2024", "2024-25 fiscal year"
  fiscalNamed: /\b(?:fiscal|financial)\s+year\s+(?:of\s+)?((?:19|20)\d\d)(?:\s?[-–/]\s?(\d{4}|\d{2}))?\b/gi,
  // "the current fiscal year", "last fiscal year", "the upcoming financial year"
  fiscalRelative: /\b(?:the\s+)?(current|this|last|previous|past|next|upcoming|coming|outgoing|ongoing|new|same)\s+(?:fiscal|financial)(?:\s+year\b|\s+\(FY\))/gi,
  // "2022-23" (a fiscal year) or "2016-2017", "2021–2024", "2025/2026" (two years)
  yearPair: new RegExp(`\\b${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\b(?![-–/.]?\\d)`, 'g'),
  // "the second quarter of 2025", "Q2 2024", "the first quarter"
  // (not "the third quarter of 2025-26": a fiscal year pair follows)
  quarterWords: new RegExp(`\\b(?:the\\s+)?${ORD}\\s+quarter(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?:(?:calendar|current|fiscal)\\s+year\\s+)?(?:${YEAR}(?!\\s?[-–/]\\s?\\d)|(this|the|current|next|last)\\s+year))?`, 'gi'),
  quarterCode: new RegExp(`\\bQ([1-4])(?:\\s*,?\\s*(?:of\\s+)?${YEAR}|\\s?(?:FY)\\s?'?(\\d{2,4}))?\\b`, 'g'),
  // "first half of 2024", "initial six months of 2024", "H1 2024"
  halfYear: new RegExp(`\\b(?:the\\s+)?(first|second|initial|latter|last)\\s+(half|six\\s+months)\\s+of\\s+(?:the\\s+)?(?:(?:calendar|current)\\s+)?(?:year\\s+)?(?:${YEAR}|(this|the|current|last)\\s+year|(year))`, 'gi'),
  halfCode: new RegExp(`\\b(H[12])\\s*,?\\s*${YEAR}\\b`, 'g'),
  // "the first eight months of the year" -> the year
  monthsOfYear: new RegExp(`\\b(?:the\\s+)?(?:first|initial|last|past)\\s+(?:\\w+\\s+)?months\\s+of\\s+(?:(?:the|this)\\s+(?:current\\s+|calendar\\s+)?year|${YEAR})`, 'gi'),
  // "July 19th, 2025", "Tuesday, January 9, 2024", "Dec. 31 , 1994", "Jan10/2024", "Sep-23-2020"
  monthDayYear: new RegExp(`\\b${WD}${M}\\s*[-/]?\\s*${DAY}(?:\\s*,\\s*|\\s+|\\s*[-/]\\s*|\\s+of\\s+)${YEAR}\\b`, 'gi'),
  // "15 April 2024", "10th of March, 2025", "04th Jan 2019", "23/Sep/2020", "05-Aug-2016", "28 june in 2020"
  dayMonthYear: new RegExp(`\\b${WD}${DAY}(?:\\s+of\\s+|\\s*[-/]\\s*|\\s+)${M}(?:\\s*,\\s*|\\s+|\\s*[-/]\\s*|\\s+of\\s+|\\s+in\\s+)${YEAR}\\b`, 'gi'),
  // "2024-04-15", "2019/aug/01", "2019-aug-1", "2020/Sep/23", "2020/23/Sep"
  isoDay: /\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b(?![-/.]?\d)/g,
  yearMonthDay: new RegExp(`\\b${YEAR}[-/]${M}[-/]${DAY}\\b|\\b${YEAR}[-/]${DAY}[-/]${M}(?![a-z])`, 'gi'),
  // "15/04/2024", "15.04.2024", "1/1/2016", "12/12/30"
  numericDay: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b(?![-/.]?\d)/g,
  // "September-2020-23", "23-2020-September": day, month and year with the year in the middle
  monthYearDay: new RegExp(`\\b${M}([-/])${YEAR}\\2(\\d{1,2})\\b(?![-/.]?\\d)`, 'gi'),
  dayYearMonth: new RegExp(`(?<![\\w/.-])(\\d{1,2})([-/])${YEAR}\\2${M}(?![a-z])`, 'gi'),
  // "20161016", "report-20170302.html": eight digits that read as a valid year, month and day
  compactDay: /(?<![\w.,])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w]|[.,]\d)/g,
  // "2016 10 16"
  spacedDay: /\b((?:19|20)\d\d) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])\b(?![\s-]?\d)/g,
  // "June 30", "Jan. 26", "Tuesday January 09", "February 15th", "Oct/2", "Sep 24", "October, 1st", "October the 3rd"
  monthDay: new RegExp(`\\b${WD}${M}(?:\\s*[-/]\\s*|\\s+|\\s*(?=\\d)|(?:,\\s*|\\s+the\\s+)(?=\\d{1,2}(?:st|nd|rd|th)\\b))${DAY}\\b(?![,.]?\\d|\\s*(?:%|per\\s*cent|pc\\b|percent))`, 'gi'),
  // "10th of March", "15 April", "second of Aug"
  dayMonth: new RegExp(`\\b${WD}(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth)(?:\\s+of\\s+|\\s+|\\s*[-/]\\s*)${M}(?![a-z])`, 'gi'),
  // "March 2023", "In November 2024", "December, 1965"; not "February of 2025-26" (a month of a fiscal year)
  monthYear: new RegExp(`\\b${M},?\\s+(?:of\\s+)?${YEAR}\\b(?!\\s?[-–/]\\s?\\d)`, 'gi'),
  // bare months: "in March", "until July", "by June"
  month: new RegExp(`\\b${M}(?![a-z])`, 'g'),
  // "today", "yesterday", "tomorrow", "the day before yesterday"
  dayWords: /\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(today|yesterday|tomorrow|tonight))\b/gi,
  // "last year", "this month", "earlier this month", "the previous year", "next week", "the coming year"
  relativePeriod: /\b(?:(?:earlier|later)\s+)?(this|last|next|previous|current|coming|the\s+previous|the\s+last|the\s+current|the\s+coming|the\s+next|the\s+following|the\s+preceding)\s+(week|month|year)\b/gi,
  // bare years used as time references: "in 2023", "since 2019", "2026"
  year: new RegExp(`(?<![\\w$£€₹.,/-])${YEAR}(?![\\w%]|[.,]\\d|\\s?[-–]\\s?\\d|'?s\\b)`, 'g'),
};
