/**
 * The bundled concept files: per language, the words by which its press states the concepts the
 * stories' frames name (see `conceptFileSchema`). Imported as is and typed, like the stories: the
 * build and the unit tests validate every file.
 */
import type { ConceptFile } from '../schema';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import it from './it.json';
import ja from './ja.json';
import ko from './ko.json';
import neutral from './neutral.json';
import nl from './nl.json';
import pt from './pt.json';
import ru from './ru.json';
import tr from './tr.json';
import zh from './zh.json';

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
  neutral,
].map((file) => file as ConceptFile);
