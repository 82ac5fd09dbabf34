/** The options page: every change is stored at once; open pages follow it (they watch storage). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { setLocale } from '../platform/i18n';
import { browserLocale, readerLocale } from '../platform/locale';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../platform/settings';
import '../ui/theme.css';
import '../ui/options.css';
import Options from './Options';

/** Shows `settings`' language: loads its strings first, so the page never mixes two languages. */
async function localise(settings: Settings): Promise<void> {
  const locale = readerLocale(settings);
  await setLocale(locale);
  document.documentElement.lang = locale;
}

function App({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState<Settings>(initial);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    // A change made here or elsewhere (the popup's switch, another options tab).
    watchSettings((next) => void localise(next).then(() => setSettings(next)), controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 2000);
    return () => clearTimeout(timer);
  }, [saved]);
  const onChange = (patch: Partial<Settings>) => {
    // The language waits for its strings (watchSettings above); everything else shows at once.
    if (patch.language === undefined) setSettings({ ...settings, ...patch });
    saveSettings(patch)
      .then(async (next) => {
        await localise(next);
        setSettings(next);
        setSaved(true);
      })
      .catch((error: unknown) => console.warn('Crosscheck: a setting was not saved', error));
  };
  return (
    <Options
      settings={settings}
      browserLocale={browserLocale()}
      onChange={onChange}
      saved={saved}
    />
  );
}

void loadSettings().then(async (settings) => {
  await localise(settings);
  render(<App initial={settings} />, document.getElementById('app')!);
});
