/**
 * The plain value of a document parsed without the composer's `uniqueKeys` check (which compares each new key with
 * every earlier key of its map), in one walk over the composed nodes that also looks for duplicate keys: it replaces
 * that check and `doc.toJS()` for the common document, made of maps, sequences and scalars only. A duplicate key,
 * or anything `toJS` reads its own way (aliases, merge keys, tagged collections, keys with properties or that are
 * not scalars, values other than string, number, boolean and null), makes it give up, so that the caller reads the
 * document the exact way (`uniqueKeys: true`, whose DUPLICATE_KEY positions have quirks, and `toJS`).
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';

/** Thrown inside the walk to stop at the first node it does not read like `toJS` would. */
const GIVE_UP = Symbol('give up');

/** `{ value }` as `doc.toJS()` returns it, or undefined when `doc` has a duplicate key or must be read with `toJS`. */
export function readPlain(doc: Document.Parsed): { value: unknown } | undefined {
  try {
    return { value: plain(doc.contents) };
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

function plain(node: unknown): unknown {
  if (node === null) return null;
  const proto = Object.getPrototypeOf(node) as unknown;
  if (proto === Scalar.prototype) return scalarValue(node as Scalar);
  if (proto === YAMLMap.prototype) return plainMap(node as YAMLMap);
  if (proto === YAMLSeq.prototype) {
    const items = (node as YAMLSeq).items;
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = plain(items[i]);
    return out;
  }
  throw GIVE_UP;
}

function scalarValue(s: Scalar): unknown {
  const v = s.value;
  const t = typeof v;
  if (v === null || t === 'string' || t === 'number' || t === 'boolean') return v;
  throw GIVE_UP;
}

function plainMap(map: YAMLMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const items = map.items;
  for (let i = 0; i < items.length; i++) {
    const pair = items[i] as Pair | undefined;
    const key = pair?.key as Scalar | null | undefined;
    if (!pair || !key || Object.getPrototypeOf(key) !== Scalar.prototype || 'addToJSMap' in key) throw GIVE_UP;
    const k = scalarValue(key);
    if (k === '<<') throw GIVE_UP;
    const name = k === null ? '' : String(k);
    if (Object.prototype.hasOwnProperty.call(out, name) && isDuplicate(items, i, k)) throw GIVE_UP;
    const value = plain(pair.value);
    // NOTE: as toJS does, a `__proto__` key is an own property, not the object's prototype
    if (name === '__proto__') Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
    else out[name] = value;
  }
  return out;
}

/** The composer's test: an earlier key is a scalar with the same value (so `1` and `"1"` differ). */
function isDuplicate(items: readonly unknown[], i: number, k: unknown): boolean {
  for (let j = 0; j < i; j++) if (((items[j] as Pair).key as Scalar).value === k) return true;
  return false;
}
