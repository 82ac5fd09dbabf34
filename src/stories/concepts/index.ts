/**
 * The bundled concept files: per language, the words by which its press states the concepts the
 * stories' frames name (see `conceptFileSchema`). Imported as is and typed, like the stories: the
 * build and the unit tests validate every file.
 */
import type { ConceptFile } from '../schema.ts';
import ar from './ar.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fa from './fa.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import hi from './hi.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import neutral from './neutral.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

/** Every concept file: the languages' in the order of `LANGUAGES`, then the names and numbers. */
export const conceptFiles: readonly ConceptFile[] = [
  en,
  zh,
  ja,
  ko,
  de,
  fr,
  pt,
  es,
  ru,
  it,
  nl,
  tr,
  id,
  vi,
  pl,
  uk,
  ar,
  fa,
  hi,
  neutral,
].map((file) => file as ConceptFile);
