/**
 * A small stand-in story, written for these tests, shaped like the real dataset: it keeps the core's
 * tests independent of the dataset's exact cues (the baselines test the real ones).
 */
import type { CueEntry, CueTable } from '../../../../src/match/cue-table';

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

export const sampleTable: CueTable = {
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
