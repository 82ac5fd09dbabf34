/**
 * A small stand-in story, written for these tests, shaped like the real dataset: it keeps the core's
 * tests independent of the dataset's exact cues, concepts and frames (the baselines and the
 * recognition tests hold the real ones).
 */
import {
  DEFAULT_WITHIN,
  type CueEntry,
  type CueTable,
  type FrameEntry,
  type TermEntry,
} from '../../../../src/match/cue-table';

type Row = [
  fact: string,
  text: string,
  lang: 'en' | 'zh' | 'ru',
  strong?: boolean,
  verdict?: CueEntry['verdict'],
  reason?: string,
];

const rows: Row[] = [
  ['exchange-count', '124 (offshore|overseas|foreign) (crypto|cryptocurrency)? exchanges', 'en'],
  [
    'exchange-count',
    '(more than|over) 100 (offshore|overseas|foreign)? (crypto|cryptocurrency)? exchanges',
    'en',
    false,
    'rounds',
    "The sources' figure is 124.",
  ],
  [
    'exchange-count',
    '(more than|over) 120 (offshore|overseas|foreign)? (crypto|cryptocurrency)? exchanges',
    'en',
    false,
    'rounds',
    "The sources' figure is 124.",
  ],
  ['exchange-count', '124家(境外|海外)(加密货币)?交易(平台|所)', 'zh'],
  ['exchange-count', '124 (иностранных|зарубежных|офшорных) (криптобирж|бирж)', 'ru'],
  ['regulator', '(national)? fintech risk rectification office', 'en', true],
  ['regulator', 'leading group of internet financial risks remediation', 'en', true],
  ['regulator', '互联网金融风险专项整治工作领导小组', 'zh', true],
  ['regulator', 'управление по устранению финтех рисков', 'ru', true],
  ['block-access', 'block (internet|web)? access', 'en'],
  ['block-access', '(封堵|屏蔽)', 'zh'],
  ['block-access', 'заблокировать доступ', 'ru'],
  [
    'closed',
    '(closed|shut down) 124',
    'en',
    false,
    'beyond',
    'The sources say the exchanges will be blocked, not that they were closed.',
  ],
  ['foreign-ip', 'foreign ip addresses', 'en'],
  ['wechat-accounts', 'wechat', 'en'],
  ['wechat-accounts', '微信公众号', 'zh'],
  ['wechat-accounts', 'wechat', 'ru'],
  ['payment-providers', 'third party payment (institutions|providers)', 'en'],
  ['payment-providers', '第三方支付', 'zh'],
  ['office-2016', '(set up|created|founded) in 2016', 'en'],
  ['shanghai-securities', 'shanghai securities (times|news)', 'en', true],
  ['shanghai-securities', '上海证券报', 'zh', true],
  ['shanghai-securities', 'shanghai securities news', 'ru', true],
  ['ban-2017', 'september 2017', 'en'],
  ['ban-2017', '2017年9月', 'zh'],
  ['monitor', 'monitor', 'en'],
  ['monitor', '监测', 'zh'],
  ['monitor', 'мониторинг', 'ru'],
];

/** Concept words (English unless said), written once and shared by the frames. */
const concepts: Record<string, (string | [string, TermEntry['lang']])[]> = {
  wechat: ['wechat', ['微信', 'zh']],
  close: ['closed', 'shut down', 'banned', ['封禁', 'zh']],
  crypto: ['crypto', 'cryptocurrency', ['加密货币', 'zh']],
  media: ['media', 'news outlet(s)?', ['媒体', 'zh']],
  chaoyang: ['chaoyang'],
  event: ['event(s)?'],
  ban: ['barred', 'banned', 'bans'],
  plan: ['plan(s)?', 'will'],
  block: ['block', 'blocked'],
  payment: ['payment (companies|providers)'],
  'media-name': ['jinse', 'deepchain', 'tokenclub', ['金色财经', 'zh']],
  n124: ['124'],
  exchange: ['exchange(s)?', 'platform(s)?'],
  china: ['china', 'beijing'],
  elsewhere: ['japan', 'korea'],
};

type FrameRow = [
  fact: string,
  concepts: string[],
  strong: boolean,
  verdict?: CueEntry['verdict'],
  reason?: string,
  unless?: string[],
  /** A fact of what was done in China (`Fact.local`). */
  local?: true,
];

const frameRows: FrameRow[] = [
  ['wechat-media', ['wechat', 'close', 'crypto', 'media'], true],
  ['venue-ban', ['chaoyang', 'event', 'ban', 'crypto?'], true],
  ['payment-providers', ['payment', 'close|block'], false],
  ['outlets-named', ['media-name', 'media-name'], false],
  ['platform-count', ['n124', 'exchange'], false],
  ['platform-count', ['n124', 'exchange', 'block'], true],
  ['block-plan', ['block', 'plan'], false, 'agrees', undefined, undefined, true],
  [
    'block-done',
    ['block', 'crypto'],
    false,
    'beyond',
    'The sources say a block is planned, not done.',
    ['plan'],
  ],
];

const conceptIds = Object.keys(concepts);
const idOf = (id: string): number => {
  const c = conceptIds.indexOf(id);
  if (c < 0) throw new Error(`sample table: unknown concept ${id}`);
  return c;
};

const terms: TermEntry[] = Object.entries(concepts).flatMap(([id, words]) =>
  words.map((w) => {
    const [text, lang] = typeof w === 'string' ? [w, 'en' as const] : w;
    return { text, concept: idOf(id), lang };
  }),
);

const frames: FrameEntry[] = frameRows.map(
  ([fact, names, strong, verdict, reason, unless, local]) => ({
    story: 'sample-story',
    fact,
    text: names.join(' + '),
    required: names.filter((n) => !n.endsWith('?')).map((n) => n.split('|').map(idOf)),
    optional: names.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1).split('|').map(idOf)),
    unless: (unless ?? []).map(idOf),
    ...(local === true ? { abroad: [idOf('elsewhere'), idOf('china')] as const } : {}),
    within: DEFAULT_WITHIN,
    strong,
    verdict: verdict ?? 'agrees',
    ...(reason !== undefined ? { reason } : {}),
  }),
);

export const sampleTable: CueTable = {
  concepts: conceptIds,
  terms,
  frames,
  // No context: the sample's findings stand on their own.
  contexts: [],
  factContexts: [],
  cues: rows.map(([fact, text, lang, strong, verdict, reason]) => ({
    story: 'sample-story',
    fact,
    text,
    lang,
    strong: strong ?? false,
    verdict: verdict ?? 'agrees',
    ...(reason !== undefined ? { reason } : {}),
  })),
};
