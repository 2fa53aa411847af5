/** Autosave to localStorage, written atomically (two slots and a pointer) so a crash mid-write keeps the last copy. */
import type { Timers } from './worker-protocol';

/** The part of `Storage` persistence needs (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'entryway:workspace';
const POINTER = `${PREFIX}:current`;
type Slot = 'a' | 'b';

interface Saved {
  v: 1;
  text: string;
  savedAt: number;
  /** Increments with every save from any tab; a tab that did not see the latest one must not overwrite it. */
  rev?: number;
  /** The tab that wrote this copy. */
  tab?: string;
}

/** Who wrote a save, and its revision (see `Saved.rev`). */
export interface SaveStamp {
  tab: string;
  rev: number;
}

/** Whether a `storage` event's key is the workspace's (null: the storage was cleared). */
export function isWorkspaceKey(key: string | null): boolean {
  return key === null || key.startsWith(PREFIX);
}

export type SaveResult = { ok: true; savedAt: number } | { ok: false; message: string };

function slotKey(slot: Slot): string {
  return `${PREFIX}:${slot}`;
}

function readSlot(storage: KeyValueStorage, slot: Slot): Saved | null {
  try {
    const raw = storage.getItem(slotKey(slot));
    if (raw === null) return null;
    const v = JSON.parse(raw) as Partial<Saved>;
    return v && v.v === 1 && typeof v.text === 'string' && typeof v.savedAt === 'number' ? (v as Saved) : null;
  } catch {
    return null;
  }
}

/** Save `text`: write the slot the pointer does not name, then swap the pointer. */
export function saveWorkspace(storage: KeyValueStorage, text: string, now: number = Date.now(), stamp?: SaveStamp): SaveResult {
  try {
    const current = storage.getItem(POINTER);
    const target: Slot = current === 'a' ? 'b' : 'a';
    const payload: Saved = { v: 1, text, savedAt: now, ...stamp };
    storage.setItem(slotKey(target), JSON.stringify(payload));
    storage.setItem(POINTER, target);
    return { ok: true, savedAt: now };
  } catch (e) {
    return { ok: false, message: describeStorageError(e) };
  }
}

/** The last completely written copy, or null when there is none (or storage is unavailable). */
function readCurrent(storage: KeyValueStorage | null): Saved | null {
  if (!storage) return null;
  try {
    const pointer = storage.getItem(POINTER);
    const first: Slot = pointer === 'b' ? 'b' : 'a';
    const other: Slot = first === 'a' ? 'b' : 'a';
    // The pointer names a complete copy; the other slot is only a fallback if that copy is unreadable.
    return (pointer !== null ? readSlot(storage, first) : null) ?? readSlot(storage, other) ?? null;
  } catch {
    return null;
  }
}

/** The last completely written workspace text, or null when there is none (or storage is unavailable). */
export function restoreWorkspace(storage: KeyValueStorage | null): string | null {
  return readCurrent(storage)?.text ?? null;
}

function describeStorageError(e: unknown): string {
  const name = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'browser storage is full: changes are not being saved';
  if (name === 'SecurityError') return 'browser storage is unavailable: changes are not being saved';
  return `changes are not being saved: ${e instanceof Error ? e.message : String(e)}`;
}

export type SaveStatus =
  | { state: 'saved'; savedAt: number }
  | { state: 'error'; message: string }
  | { state: 'idle' }
  /** Another tab saved this workspace after this tab last saw it: nothing is written until the user chooses. */
  | { state: 'conflict'; savedAt: number };

export interface Autosaver {
  /** Schedule a save of `text` (debounced). */
  schedule(text: string): void;
  /** Write any scheduled save now (page hide / unload). */
  flush(): void;
  dispose(): void;
  /** Look for a save by another tab (call on the `storage` event): reports `conflict` when there is one. */
  checkExternal(): void;
  /** Resolve a conflict by overwriting the other tab's copy with `text` (this tab's current text). */
  keepMine(text: string): void;
  /** Resolve a conflict by taking the other tab's text (returned; null if there is none); this tab's unsaved text is dropped. */
  takeTheirs(): string | null;
}

function newTabId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Debounced autosave; `onStatus` reports saves and failures so the UI can warn while editing continues. Two tabs
 * on one workspace never silently overwrite each other: each save carries a revision, and a tab that finds a
 * newer revision from another tab reports `conflict` and holds its text until `keepMine` or `takeTheirs`.
 */
export function createAutosaver(
  storage: KeyValueStorage | null,
  onStatus: (status: SaveStatus) => void,
  delayMs = 400,
  timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  now: () => number = () => Date.now(),
  tab: string = newTabId(),
): Autosaver {
  let pending: string | null = null;
  let handle: unknown = null;
  /** The revision this tab last saw (restored or wrote). */
  let seen = readCurrent(storage)?.rev ?? 0;
  let conflict = false;
  const newer = () => {
    const c = readCurrent(storage);
    return c && (c.rev ?? 0) > seen && c.tab !== tab ? c : null;
  };
  const write = () => {
    handle = null;
    if (pending === null || conflict) return;
    if (!storage) {
      pending = null;
      onStatus({ state: 'error', message: 'browser storage is unavailable: changes are not being saved' });
      return;
    }
    const theirs = newer();
    if (theirs) {
      conflict = true;
      onStatus({ state: 'conflict', savedAt: theirs.savedAt });
      return;
    }
    const text = pending;
    pending = null;
    const rev = Math.max(seen, readCurrent(storage)?.rev ?? 0) + 1;
    const r = saveWorkspace(storage, text, now(), { tab, rev });
    if (r.ok) seen = rev;
    onStatus(r.ok ? { state: 'saved', savedAt: r.savedAt } : { state: 'error', message: r.message });
  };
  return {
    checkExternal() {
      const theirs = newer();
      if (!theirs || conflict) return;
      conflict = true;
      onStatus({ state: 'conflict', savedAt: theirs.savedAt });
    },
    keepMine(text) {
      seen = Math.max(seen, readCurrent(storage)?.rev ?? 0);
      conflict = false;
      pending = text;
      if (handle !== null) timers.clear(handle);
      write();
    },
    takeTheirs() {
      const theirs = readCurrent(storage);
      seen = Math.max(seen, theirs?.rev ?? 0);
      conflict = false;
      pending = null;
      if (theirs) onStatus({ state: 'saved', savedAt: theirs.savedAt });
      return theirs?.text ?? null;
    },
    schedule(text) {
      pending = text;
      if (handle !== null) timers.clear(handle);
      handle = timers.set(write, delayMs);
    },
    flush() {
      if (handle !== null) timers.clear(handle);
      write();
    },
    dispose() {
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
  };
}
