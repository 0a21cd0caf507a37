import { randomBytes } from 'node:crypto';
import type { Notice } from '../../../shared/contract';
import { storiesDocSpec } from '../../../shared/stories/stories-doc';
import {
  storyInputSchema,
  storyPatchSchema,
  type Story,
  type StoryInput,
  type StoryPatch,
} from '../../../shared/stories/story';
import { ServiceError } from '../storage/service-error';
import { VersionedStore } from '../storage/versioned-store';

/** Where the story bank lives and how the store reports changes. */
export type StoryStoreOptions = {
  dataDir: string;
  now?: () => Date;
  onChange?: () => void;
};

/** A new story id, e.g. story-3f9a1c0b2d4e. */
export function newStoryId(): string {
  return `story-${randomBytes(6).toString('hex')}`;
}

/** The story bank in `<dataDir>/stories.json`: stories with themes and five STAR-L bullets. */
export class StoryStore {
  private readonly store: VersionedStore<{ version: 2; stories: Story[] }>;

  constructor(private readonly options: StoryStoreOptions) {
    this.store = new VersionedStore(storiesDocSpec, options);
  }

  /** What the user should know about the file at start-up (moved aside, upgraded...). */
  get notice(): Notice | null {
    return this.store.notice;
  }

  /** Every story, oldest first. */
  list(): Story[] {
    return this.store.get().stories;
  }

  /** Adds a story. */
  create(input: StoryInput): Story {
    const now = this.now();
    const story: Story = {
      ...storyInputSchema.parse(input),
      id: newStoryId(),
      createdAt: now,
      updatedAt: now,
    };
    this.store.update((doc) => ({ ...doc, stories: [...doc.stories, story] }));
    this.changed();
    return story;
  }

  /** Changes the given fields of a story. */
  update(id: string, patch: StoryPatch): Story {
    const changes = storyPatchSchema.parse(patch);
    const existing = this.find(id);
    const story: Story = { ...existing, ...changes, updatedAt: this.now() };
    this.store.update((doc) => ({
      ...doc,
      stories: doc.stories.map((s) => (s.id === id ? story : s)),
    }));
    this.changed();
    return story;
  }

  /** Deletes a story. */
  delete(id: string): { deleted: true } {
    this.find(id);
    this.store.update((doc) => ({ ...doc, stories: doc.stories.filter((s) => s.id !== id) }));
    this.changed();
    return { deleted: true };
  }

  /** Appends already-validated stories (an import); ids must be free. */
  addAll(stories: readonly Story[]): void {
    if (!stories.length) return;
    this.store.update((doc) => ({ ...doc, stories: [...doc.stories, ...stories] }));
    this.changed();
  }

  /** Deletes every story; returns how many there were. */
  clear(): number {
    const count = this.list().length;
    this.store.set(storiesDocSpec.empty());
    this.changed();
    return count;
  }

  /** The whole document as stored, for an export. */
  document(): { version: 2; stories: Story[] } {
    return this.store.get();
  }

  private find(id: string): Story {
    const story = this.list().find((s) => s.id === id);
    if (!story) {
      throw new ServiceError(
        'not-found',
        `There is no story "${id}": it may have been deleted. Refresh the story bank.`,
      );
    }
    return story;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private changed(): void {
    try {
      this.options.onChange?.();
    } catch {
      // The change is saved; the next list call shows it.
    }
  }
}
