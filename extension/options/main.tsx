/** The options page: every change is stored at once; open pages follow it (they watch storage). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiLanguage } from '../platform/i18n';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '../platform/settings';
import '../ui/theme.css';
import '../ui/options.css';
import Options from './Options';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 2000);
    return () => clearTimeout(timer);
  }, [saved]);
  if (settings === null) return null;
  const onChange = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    saveSettings(patch).then(
      (next) => {
        setSettings(next);
        setSaved(true);
      },
      (error: unknown) => console.warn('Crosscheck: a setting was not saved', error),
    );
  };
  return <Options settings={settings ?? DEFAULT_SETTINGS} onChange={onChange} saved={saved} />;
}

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
