/**
 * Autosave to localStorage, written atomically (two slots and a pointer) so a crash mid-write keeps the last copy.
 * A slot is a small header (revision, writer, length, hash) and the text in raw parts: a tab checks for another
 * tab's save by reading the pointer and a header only, and a large text is written one part per task, so no save
 * blocks typing for long (one 1 MB setItem plus JSON encode/decode of the whole copy took ~110 ms on a slow CPU).
 */
import type { Timers } from './worker-protocol';

/** The part of `Storage` persistence needs (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'entryway:workspace';
const POINTER = `${PREFIX}:current`;
type Slot = 'a' | 'b';
/** Characters per part: one setItem of this size takes a few ms. */
export const PART_CHARS = 256 * 1024;

/** A slot's header (format 2); format 1 held the text itself in the JSON (still read). */
interface Header {
  v: 2;
  savedAt: number;
  /** Increments with every save from any tab; a tab that did not see the latest one must not overwrite it. */
  rev?: number;
  /** The tab that wrote this copy. */
  tab?: string;
  parts: number;
  length: number;
  hash: number;
}

interface Saved {
  text: string;
  savedAt: number;
  rev?: number;
  tab?: string;
}

/** Who wrote a save, and its revision (see `Header.rev`). */
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

function partKey(slot: Slot, i: number): string {
  return `${PREFIX}:${slot}:${i}`;
}

/** FNV-1a over UTF-16 code units, continued from `h`: detects a slot whose parts two tabs wrote interleaved. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type SlotInfo = { header: Header; text?: never } | { header: Omit<Header, 'parts' | 'length' | 'hash'>; text: string };

/** The slot's header (format 2), or a format-1 copy with its text; null when absent or unreadable. */
function readInfo(storage: KeyValueStorage, slot: Slot): SlotInfo | null {
  try {
    const raw = storage.getItem(slotKey(slot));
    if (raw === null) return null;
    const v = JSON.parse(raw) as Partial<Omit<Header, 'v'>> & { v?: number; text?: unknown };
    if (!v || typeof v.savedAt !== 'number') return null;
    const stamp = { savedAt: v.savedAt, ...(v.rev !== undefined ? { rev: v.rev } : {}), ...(v.tab !== undefined ? { tab: v.tab } : {}) };
    if (v.v === 1 && typeof v.text === 'string') return { header: { v: 2, ...stamp }, text: v.text };
    if (v.v === 2 && typeof v.parts === 'number' && typeof v.length === 'number' && typeof v.hash === 'number') return { header: { ...stamp, v: 2, parts: v.parts, length: v.length, hash: v.hash } };
    return null;
  } catch {
    return null;
  }
}

/** The slot's whole copy, checked against its header; null when absent, partial or unreadable. */
function readSlot(storage: KeyValueStorage, slot: Slot): Saved | null {
  const info = readInfo(storage, slot);
  if (!info) return null;
  if (info.text !== undefined) return { ...info.header, text: info.text };
  const parts: string[] = [];
  for (let i = 0; i < info.header.parts; i++) {
    const p = storage.getItem(partKey(slot, i));
    if (p === null) return null;
    parts.push(p);
  }
  const text = parts.join('');
  if (text.length !== info.header.length || fnv(text) !== info.header.hash) return null;
  const { savedAt, rev, tab } = info.header;
  return { text, savedAt, ...(rev !== undefined ? { rev } : {}), ...(tab !== undefined ? { tab } : {}) };
}

/** Which slot the pointer names, and the other. */
function slots(storage: KeyValueStorage): { pointer: string | null; current: Slot; other: Slot } {
  const pointer = storage.getItem(POINTER);
  const current: Slot = pointer === 'b' ? 'b' : 'a';
  return { pointer, current, other: current === 'a' ? 'b' : 'a' };
}

/**
 * The steps of one save of `text` (each a short task): clear the target slot's header (it is incomplete from
 * now on), write the parts, the header, then swap the pointer and drop parts left over from a longer copy.
 * A step returns false to stop the save: another tab saved meanwhile (`beforeSwap`, checked before the header),
 * or made the target slot its current copy (checked before each later part).
 */
function saveSteps(storage: KeyValueStorage, text: string, savedAt: number, stamp: SaveStamp | undefined, beforeSwap: () => boolean = () => true): (() => boolean)[] {
  let target: Slot = 'a';
  let leftover = 0;
  let hash = 0x811c9dc5;
  const parts = Math.max(1, Math.ceil(text.length / PART_CHARS));
  const steps: (() => boolean)[] = [
    () => {
      target = slots(storage).other;
      const old = readInfo(storage, target);
      leftover = old && old.text === undefined ? old.header.parts : 0;
      storage.removeItem(slotKey(target));
      return true;
    },
  ];
  // NOTE: between tasks another tab may have saved into the target slot and pointed at it: stop, never write over it
  const targetTaken = () => storage.getItem(POINTER) === target;
  for (let i = 0; i < parts; i++) {
    steps.push(() => {
      if (i > 0 && targetTaken()) return false;
      const part = text.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
      hash = fnv(part, hash);
      storage.setItem(partKey(target, i), part);
      return true;
    });
  }
  steps.push(() => {
    if ((parts > 1 && targetTaken()) || !beforeSwap()) return false;
    const header: Header = { v: 2, savedAt, ...stamp, parts, length: text.length, hash: hash >>> 0 };
    storage.setItem(slotKey(target), JSON.stringify(header));
    storage.setItem(POINTER, target);
    for (let i = parts; i < leftover; i++) storage.removeItem(partKey(target, i));
    return true;
  });
  return steps;
}

/** Save `text` now (all steps in this task): write the slot the pointer does not name, then swap the pointer. */
export function saveWorkspace(storage: KeyValueStorage, text: string, now: number = Date.now(), stamp?: SaveStamp): SaveResult {
  try {
    for (const step of saveSteps(storage, text, now, stamp)) step();
    return { ok: true, savedAt: now };
  } catch (e) {
    return { ok: false, message: describeStorageError(e) };
  }
}

/** The last completely written copy, or null when there is none (or storage is unavailable). */
function readCurrent(storage: KeyValueStorage | null): Saved | null {
  if (!storage) return null;
  try {
    const { pointer, current, other } = slots(storage);
    // The pointer names a complete copy; the other slot is only a fallback if that copy is unreadable.
    return (pointer !== null ? readSlot(storage, current) : null) ?? readSlot(storage, other) ?? null;
  } catch {
    return null;
  }
}

/** Revision, writer and time of the copy the pointer names, from its header alone (cheap: no text is read). */
function currentStamp(storage: KeyValueStorage): { rev: number; tab?: string; savedAt: number } | null {
  try {
    const { pointer, current, other } = slots(storage);
    const info = (pointer !== null ? readInfo(storage, current) : null) ?? readInfo(storage, other);
    return info ? { rev: info.header.rev ?? 0, savedAt: info.header.savedAt, ...(info.header.tab !== undefined ? { tab: info.header.tab } : {}) } : null;
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
 * A text over PART_CHARS is written one part per task (see saveSteps); `flush` finishes any save at once.
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
  /** The save being written, a step per task. */
  let job: { steps: (() => boolean)[]; next: number; rev: number; savedAt: number; handle: unknown } | null = null;
  /** The revision this tab last saw (restored or wrote). */
  let seen = storage ? (currentStamp(storage)?.rev ?? 0) : 0;
  let conflict = false;
  const newer = () => {
    const c = storage ? currentStamp(storage) : null;
    return c && c.rev > seen && c.tab !== tab ? c : null;
  };
  const reportConflict = (savedAt: number) => {
    conflict = true;
    onStatus({ state: 'conflict', savedAt });
  };
  /** Run the job's next step (or all of them); reports the outcome when it ends. */
  const step = (all: boolean) => {
    const j = job;
    if (!j) return;
    j.handle = null;
    try {
      do {
        if (!j.steps[j.next++]!()) {
          job = null;
          reportConflict(newer()?.savedAt ?? j.savedAt);
          return;
        }
      } while (all && j.next < j.steps.length);
    } catch (e) {
      job = null;
      onStatus({ state: 'error', message: describeStorageError(e) });
      return;
    }
    if (j.next < j.steps.length) {
      j.handle = timers.set(() => step(false), 0);
      return;
    }
    job = null;
    seen = j.rev;
    onStatus({ state: 'saved', savedAt: j.savedAt });
    // a change scheduled while this copy was being written
    if (pending !== null && handle === null) handle = timers.set(() => write(false), 0);
  };
  const write = (all: boolean) => {
    handle = null;
    if (job) {
      if (all) step(true);
      else return;
    }
    if (pending === null || conflict) return;
    if (!storage) {
      pending = null;
      onStatus({ state: 'error', message: 'browser storage is unavailable: changes are not being saved' });
      return;
    }
    const theirs = newer();
    if (theirs) return reportConflict(theirs.savedAt);
    const text = pending;
    pending = null;
    const rev = Math.max(seen, currentStamp(storage)?.rev ?? 0) + 1;
    const savedAt = now();
    // NOTE: another tab may save while the parts are written: the pointer moves only if it did not
    const steps = saveSteps(storage, text, savedAt, { tab, rev }, () => newer() === null);
    job = { steps, next: 0, rev, savedAt, handle: null };
    step(all || text.length <= PART_CHARS);
  };
  const cancelJob = () => {
    if (job?.handle != null) timers.clear(job.handle);
    job = null;
  };
  return {
    checkExternal() {
      const theirs = newer();
      if (!theirs || conflict) return;
      // a copy being written would not be swapped in anyway (see write): stop it now
      cancelJob();
      reportConflict(theirs.savedAt);
    },
    keepMine(text) {
      seen = Math.max(seen, (storage && currentStamp(storage)?.rev) || 0);
      conflict = false;
      pending = text;
      if (handle !== null) timers.clear(handle);
      cancelJob();
      write(true);
    },
    takeTheirs() {
      const theirs = readCurrent(storage);
      seen = Math.max(seen, theirs?.rev ?? 0);
      conflict = false;
      pending = null;
      cancelJob();
      if (theirs) onStatus({ state: 'saved', savedAt: theirs.savedAt });
      return theirs?.text ?? null;
    },
    schedule(text) {
      pending = text;
      if (handle !== null) timers.clear(handle);
      handle = timers.set(() => write(false), delayMs);
    },
    flush() {
      if (handle !== null) timers.clear(handle);
      write(true);
    },
    dispose() {
      if (handle !== null) timers.clear(handle);
      handle = null;
      cancelJob();
    },
  };
}
