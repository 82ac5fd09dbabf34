import { useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { normaliseSite } from '../platform/sites';

export type SiteListProps = {
  /** Used for ids and test ids (`disabled`, `enabled`). */
  name: string;
  label: string;
  sites: string[];
  onChange: (sites: string[]) => void;
};

/** An editable list of host names: each with a remove button, and a field to add one. */
export default function SiteList({ name, label, sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState(false);
  const inputId = `cc-${name}-input`;
  const errorId = `cc-${name}-error`;
  const add = (event: Event) => {
    event.preventDefault();
    // The field itself, not `draft`: a submit can come before the re-render of the last keystroke.
    const site = normaliseSite(input.current?.value ?? draft);
    if (site === null) {
      setError(true);
      return;
    }
    setError(false);
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <div class="cc-site-list" data-testid={`sites-${name}`}>
      {sites.length === 0 ? (
        <p class="cc-muted">{t('optionsNoSites')}</p>
      ) : (
        <ul aria-label={label}>
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button
                type="button"
                class="cc-button"
                aria-label={t('optionsRemoveSiteLabel', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="cc-add-site" onSubmit={add}>
        <label for={inputId}>{t('optionsAddSiteLabel')}</label>
        <input
          id={inputId}
          ref={input}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="news.example.com"
          value={draft}
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="cc-button">
          {t('optionsAddSite')}
        </button>
        {error && (
          <p id={errorId} class="cc-error" role="alert">
            {t('optionsBadSite')}
          </p>
        )}
      </form>
    </div>
  );
}
