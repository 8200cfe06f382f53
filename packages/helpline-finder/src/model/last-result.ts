/**
 * `compute`, remembering its last result: called again with the same arguments (the same
 * objects, compared with `===`), it returns that result without computing. The finder renders
 * at every key and every clock tick; indexing a directory happens only when the directory,
 * the country or the language changed.
 */
export function lastResult<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || last.args.length !== args.length || last.args.some((arg, i) => arg !== args[i])) last = { args, result: compute(...args) };
    return last.result;
  };
}
