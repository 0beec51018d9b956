/**
 * Which parts of the data a computation read. The rules read a small part of a family assessment
 * (ratings, dates, a few answers) while a practitioner mostly types notes; if nothing the last
 * evaluation read has changed, its outcomes still hold and evaluating again would be wasted work.
 * The data is handed over behind read-only proxies that record each value read and each list of
 * keys enumerated; `stillValid` then compares those with the new data.
 */

const SEPARATOR = '\u0000';
/** Mark an `in` check and an own-property check (hasOwnProperty), distinct from reading a value. */
const HAS = `${SEPARATOR}\u0001`;
const OWN = `${SEPARATOR}\u0002`;

export interface ReadLog {
  /** Values read, by path (segments joined by NUL). */
  values: Map<string, unknown>;
  /** Keys enumerated (Object.keys, for…in, spreading), by path. */
  keys: Map<string, string>;
  /** False when something could not be tracked: the log must not be trusted. */
  complete: boolean;
  /** Set once the computation is over: later reads (of objects it kept) are not its reads. */
  closed: boolean;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

function track(target: object, path: string, log: ReadLog): object {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof key === 'symbol' || typeof value === 'function' || log.closed) return value;
      const at = `${path}${SEPARATOR}${key}`;
      if (!isObject(value)) {
        log.values.set(at, value);
        return value;
      }
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
      // A proxy may not stand in for a frozen property's value: read it untracked, trust nothing.
      if (descriptor && !descriptor.configurable && !descriptor.writable) {
        log.complete = false;
        return value;
      }
      return track(value, at, log);
    },
    has(object, key) {
      const found = Reflect.has(object, key);
      if (typeof key !== 'symbol' && !log.closed) log.values.set(`${path}${SEPARATOR}${key}${HAS}`, found);
      return found;
    },
    getOwnPropertyDescriptor(object, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
      if (typeof key !== 'symbol' && !log.closed) log.values.set(`${path}${SEPARATOR}${key}${OWN}`, descriptor !== undefined);
      return descriptor;
    },
    ownKeys(object) {
      const keys = Reflect.ownKeys(object);
      if (!log.closed) log.keys.set(path, keys.map(String).join(SEPARATOR));
      return keys;
    },
  });
}

export function recordReads<T>(data: T): { data: T; log: ReadLog } {
  const log: ReadLog = { values: new Map(), keys: new Map(), complete: true, closed: false };
  return { data: isObject(data) ? (track(data, '', log) as T) : data, log };
}

function resolve(data: unknown, path: string): { found: boolean; value: unknown } {
  let current = data;
  for (const segment of path.split(SEPARATOR).slice(1)) {
    if (!isObject(current)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** True when every value and key list the log recorded is the same in `data`. */
export function stillValid(log: ReadLog, data: unknown): boolean {
  if (!log.complete) return false;
  for (const [at, recorded] of log.values) {
    const check = at.endsWith(HAS) ? HAS : at.endsWith(OWN) ? OWN : undefined;
    if (check) {
      const parts = at.slice(0, -check.length).split(SEPARATOR);
      const key = parts.pop()!;
      const parent = resolve(data, parts.join(SEPARATOR)).value;
      const present = isObject(parent) && (check === HAS ? key in parent : Object.prototype.hasOwnProperty.call(parent, key));
      if (present !== recorded) return false;
    } else if (resolve(data, at).value !== recorded) {
      return false;
    }
  }
  for (const [at, recorded] of log.keys) {
    const value = resolve(data, at).value;
    if (!isObject(value) || Reflect.ownKeys(value).map(String).join(SEPARATOR) !== recorded) return false;
  }
  return true;
}
