/** Interface strings, kept in one place (STYLE.md: no hard-coded UI strings in components). */
export const strings = {
  siteName: 'Who Protects My Scans?',
  tagline: 'What does and does not protect your medical images in the age of AI.',
  notLegalAdvice:
    'This site explains the law in general terms. It is not legal advice: for advice about your situation, talk to a lawyer.',
  notLegalAdviceShort: 'Not legal advice.',
  licence: 'Content licensed under CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  credit: 'Who Protects My Scans? contributors',
  skipLink: 'Skip to main content',
  searchLabel: 'Search the site',
  searchButton: 'Search',
  searchMore: 'Show more results',
  searchFilters: 'Filter results',
  reviewed: 'Last reviewed',
  updated: 'Updated',
  published: 'Published',
  contents: 'On this page',
  sources: 'Sources',
  takeaways: 'Key takeaways',
  shortAnswer: 'Short answer',
  readerQuestions: 'Questions this page answers',
  questions: 'Questions for discussion',
  changes: 'Change history',
  statusAsOf: 'status as of',
  statusAsOfLong: 'Time-sensitive status checked',
  related: 'Related',
  lawsDiscussed: 'Laws discussed',
  scenariosDiscussed: 'Situations explained',
  builtOn: 'Site built',
  sectionLink: 'Link to this section',
  copied: 'Copied.',
  linkCopied: 'Link to this section copied.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  citeThisPage: 'Cite this page',
  citeIntro: 'Copy a citation in the style you need. “[date accessed]” stands for the day you read the page: the copy buttons fill in today’s date.',
  citeDownload: 'Download this citation as CSL-JSON',
  citeDownloadHint: 'for Zotero, Mendeley and other reference managers',
  reuse: 'Reuse this page',
  glossary: 'Glossary',
  bibliography: 'Sources',
  printedFrom: 'Printed from',
  rssTitle: 'Articles',
} as const;

export const topicLabels: Record<string, string> = {
  hipaa: 'HIPAA',
  'state-law': 'State laws',
  'ai-risks': 'AI risks',
  'take-action': 'Take action',
  'federal-other': 'Other federal rules',
};

export const audienceLabels: Record<string, string> = {
  readers: 'Patients and readers',
  advocates: 'Advocates',
  educators: 'Educators',
};

export const recipientLabels: Record<string, string> = {
  'us-senator': 'U.S. Senators',
  'us-representative': 'U.S. Representative',
  'state-legislator': 'State legislators',
  'state-attorney-general': 'State attorney general',
  provider: 'Your hospital or imaging center',
  'hhs-ocr': 'HHS Office for Civil Rights',
};
