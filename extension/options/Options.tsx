import { LOCALE_NAMES } from '../../src/i18n/locale-names';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { t } from '../platform/i18n';
import { MARK_STYLES, SITE_MODES, type Settings } from '../platform/settings';
import SiteList from './SiteList';

export type OptionsProps = {
  settings: Settings;
  /** The browser's own language, as Crosscheck speaks it: what "the browser's language" gives. */
  browserLocale: Locale;
  onChange: (patch: Partial<Settings>) => void;
  /** Set briefly after a change was stored. */
  saved: boolean;
};

const MODE_KEYS: Record<Settings['siteMode'], [string, string]> = {
  everywhere: ['optionsModeEverywhere', 'optionsModeEverywhereHint'],
  'only-listed': ['optionsModeOnlyListed', 'optionsModeOnlyListedHint'],
};
const STYLE_KEYS: Record<Settings['markStyle'], string> = {
  underline: 'optionsMarkUnderline',
  tint: 'optionsMarkTint',
};

/** The options page: where Crosscheck runs, the sites where it is off, the card and the marks. */
export default function Options({ settings, browserLocale, onChange, saved }: OptionsProps) {
  return (
    <div class="cc-options" data-testid="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        <section aria-labelledby="cc-about" class="cc-about" data-testid="options-about">
          <h2 id="cc-about">{t('optionsAboutHeading')}</h2>
          <p>{t('optionsAboutEverywhere')}</p>
          <p>{t('optionsAboutGate')}</p>
          <p>
            <strong>{t('optionsAboutPrivacy')}</strong>
          </p>
        </section>

        <section aria-labelledby="cc-language">
          <h2 id="cc-language">{t('optionsLanguageHeading')}</h2>
          <p class="cc-field">
            <label for="cc-language-select">{t('optionsLanguage')}</label>
            <select
              id="cc-language-select"
              data-testid="language"
              value={settings.language}
              aria-describedby="cc-language-hint"
              onChange={(e) =>
                onChange({ language: e.currentTarget.value as Settings['language'] })
              }
            >
              <option value="auto">{t('optionsLanguageAuto', LOCALE_NAMES[browserLocale])}</option>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
            <span class="cc-hint" id="cc-language-hint">
              {t('optionsLanguageHint')}
            </span>
          </p>
        </section>

        <section aria-labelledby="cc-where">
          <h2 id="cc-where">{t('optionsWhereHeading')}</h2>
          <fieldset>
            <legend class="cc-visually-hidden">{t('optionsWhereHeading')}</legend>
            {SITE_MODES.map((mode) => (
              <label key={mode} class="cc-choice">
                <input
                  type="radio"
                  name="siteMode"
                  value={mode}
                  data-testid={`mode-${mode}`}
                  checked={settings.siteMode === mode}
                  onChange={() => onChange({ siteMode: mode })}
                />
                <span>
                  {t(MODE_KEYS[mode][0])}
                  <span class="cc-hint">{t(MODE_KEYS[mode][1])}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {settings.siteMode === 'only-listed' && (
            <>
              <h3>{t('optionsEnabledSitesHeading')}</h3>
              <SiteList
                name="enabled"
                label={t('optionsEnabledSitesHeading')}
                sites={settings.enabledSites}
                onChange={(enabledSites) => onChange({ enabledSites })}
              />
            </>
          )}
        </section>

        <section aria-labelledby="cc-off">
          <h2 id="cc-off">{t('optionsDisabledSitesHeading')}</h2>
          <p class="cc-hint">{t('optionsDisabledSitesHint')}</p>
          <SiteList
            name="disabled"
            label={t('optionsDisabledSitesHeading')}
            sites={settings.disabledSites}
            onChange={(disabledSites) => onChange({ disabledSites })}
          />
        </section>

        <section aria-labelledby="cc-marks">
          <h2 id="cc-marks">{t('optionsMarksHeading')}</h2>
          <fieldset>
            <legend>{t('optionsMarkStyle')}</legend>
            {MARK_STYLES.map((style) => (
              <label key={style} class="cc-choice">
                <input
                  type="radio"
                  name="markStyle"
                  value={style}
                  data-testid={`mark-${style}`}
                  checked={settings.markStyle === style}
                  onChange={() => onChange({ markStyle: style })}
                />
                <span>
                  {t(STYLE_KEYS[style])}{' '}
                  <span class={`cc-mark-sample cc-mark-sample-${style}`} aria-hidden="true">
                    {t('optionsMarkSample')}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <p class="cc-field">
            <label for="cc-delay">{t('optionsShowDelay')}</label>
            <input
              id="cc-delay"
              type="number"
              min={0}
              max={3000}
              step={50}
              data-testid="show-delay"
              value={settings.showDelayMs}
              aria-describedby="cc-delay-hint"
              onChange={(e) => {
                const value = Math.round(Number(e.currentTarget.value));
                if (Number.isFinite(value) && value >= 0 && value <= 3000)
                  onChange({ showDelayMs: value });
              }}
            />
            <span class="cc-hint" id="cc-delay-hint">
              {t('optionsShowDelayHint', [0, 3000])}
            </span>
          </p>
        </section>
        <p class="cc-saved" role="status" data-testid="saved">
          {saved ? t('optionsSaved') : ''}
        </p>
      </main>
    </div>
  );
}
