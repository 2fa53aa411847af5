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
export function saveWorkspace(storage: KeyValueStorage, text: string, now: number = Date.now()): SaveResult {
  try {
    const current = storage.getItem(POINTER);
    const target: Slot = current === 'a' ? 'b' : 'a';
    const payload: Saved = { v: 1, text, savedAt: now };
    storage.setItem(slotKey(target), JSON.stringify(payload));
    storage.setItem(POINTER, target);
    return { ok: true, savedAt: now };
  } catch (e) {
    return { ok: false, message: describeStorageError(e) };
  }
}

/** The last completely written workspace text, or null when there is none (or storage is unavailable). */
export function restoreWorkspace(storage: KeyValueStorage | null): string | null {
  if (!storage) return null;
  try {
    const pointer = storage.getItem(POINTER);
    const first: Slot = pointer === 'b' ? 'b' : 'a';
    const other: Slot = first === 'a' ? 'b' : 'a';
    // The pointer names a complete copy; the other slot is only a fallback if that copy is unreadable.
    return (pointer !== null ? readSlot(storage, first) : null)?.text ?? readSlot(storage, other)?.text ?? null;
  } catch {
    return null;
  }
}

function describeStorageError(e: unknown): string {
  const name = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'browser storage is full: changes are not being saved';
  if (name === 'SecurityError') return 'browser storage is unavailable: changes are not being saved';
  return `changes are not being saved: ${e instanceof Error ? e.message : String(e)}`;
}

export type SaveStatus = { state: 'saved'; savedAt: number } | { state: 'error'; message: string } | { state: 'idle' };

export interface Autosaver {
  /** Schedule a save of `text` (debounced). */
  schedule(text: string): void;
  /** Write any scheduled save now (page hide / unload). */
  flush(): void;
  dispose(): void;
}

/** Debounced autosave; `onStatus` reports saves and failures so the UI can warn while editing continues. */
export function createAutosaver(
  storage: KeyValueStorage | null,
  onStatus: (status: SaveStatus) => void,
  delayMs = 400,
  timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  now: () => number = () => Date.now(),
): Autosaver {
  let pending: string | null = null;
  let handle: unknown = null;
  const write = () => {
    handle = null;
    if (pending === null) return;
    const text = pending;
    pending = null;
    if (!storage) {
      onStatus({ state: 'error', message: 'browser storage is unavailable: changes are not being saved' });
      return;
    }
    const r = saveWorkspace(storage, text, now());
    onStatus(r.ok ? { state: 'saved', savedAt: r.savedAt } : { state: 'error', message: r.message });
  };
  return {
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
