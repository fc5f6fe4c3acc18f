/**
 * Compact storage for the title index: many small lists or strings kept in one typed array or one string with
 * offsets, instead of one JavaScript object each (an object or typed array costs 50–100 bytes of header alone,
 * and the index has tens of thousands of them).
 */

/** Lists of integers in one Int32Array: list i is items[starts[i] .. starts[i + 1]). */
export class PackedLists {
  private readonly starts: Int32Array;
  private readonly items: Int32Array;

  constructor(lists: readonly (readonly number[])[]) {
    this.starts = new Int32Array(lists.length + 1);
    let total = 0;
    for (let i = 0; i < lists.length; i++) {
      this.starts[i] = total;
      total += lists[i].length;
    }
    this.starts[lists.length] = total;
    this.items = new Int32Array(total);
    for (let i = 0; i < lists.length; i++) this.items.set(lists[i], this.starts[i]);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** List i as a view on the shared array (no copy). */
  list(i: number): Int32Array {
    return this.items.subarray(this.starts[i], this.starts[i + 1]);
  }
}

/** Strings in one string: string i is text.slice(starts[i], starts[i + 1]). */
export class PackedStrings {
  private readonly text: string;
  private readonly starts: Int32Array;

  constructor(strings: readonly string[]) {
    this.starts = new Int32Array(strings.length + 1);
    let total = 0;
    for (let i = 0; i < strings.length; i++) {
      this.starts[i] = total;
      total += strings[i].length;
    }
    this.starts[strings.length] = total;
    // join() builds a flat string; the parts are no longer referenced once the caller drops them
    this.text = strings.join("");
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]);
  }
}
