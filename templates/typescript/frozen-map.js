// {{ header }}

/**
 * A Map its own methods cannot change: each namespace's `entries` is one. (The lookups read a
 * private Map besides, so even `Map.prototype.set.call(entries, ...)` makes no code known.)
 * @template K, V
 * @extends {Map<K, V>}
 */
export class FrozenMap extends Map {
  /** @param {Iterable<readonly [K, V]>} source */
  constructor(source) {
    // Map's constructor would add through `this.set`, which throws here.
    super();
    for (const [key, value] of source) Map.prototype.set.call(this, key, value);
    Object.freeze(this);
  }

  /** @returns {never} */
  set() {
    throw new TypeError("the catalog's entries are read-only");
  }

  /** @returns {never} */
  delete() {
    throw new TypeError("the catalog's entries are read-only");
  }

  /** @returns {never} */
  clear() {
    throw new TypeError("the catalog's entries are read-only");
  }
}
