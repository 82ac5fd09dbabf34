/** Small lookups the view models share. */
import { storyById } from '../stories/index';
import type { Language, Source, Story } from '../stories/schema';

/** A source as the UI names it. */
export interface SourceRef {
  id: string;
  outlet: string;
  /** The language of its article, so of the quotes and headline taken from it. */
  language: Language;
}

/** The story, or a thrown error naming the id (a view for an unknown story is a caller's bug). */
export function requireStory(storyId: string): Story {
  const story = storyById(storyId);
  if (story === undefined) throw new Error(`unknown story: ${storyId}`);
  return story;
}

/** Resolves source ids to names, keeping unknown ids visible rather than dropping them. */
export function sourceRefs(story: Story, ids: readonly string[]): SourceRef[] {
  const byId = new Map<string, Source>(story.sources.map((s) => [s.id, s]));
  return ids.map((id) => {
    const source = byId.get(id);
    return { id, outlet: source?.outlet ?? id, language: source?.language ?? story.language };
  });
}
