// Generators of malformed IPC payloads: anything at all, and valid payloads with one part broken
// (a value swapped for a hostile one, a key removed, a key added).
import fc from 'fast-check'

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    0,
    0.5,
    1e300,
    -0,
    2 ** 53,
    '',
    '1',
    null,
    undefined,
    true,
    [],
    {},
    'x'.repeat(10_000),
    new Float64Array([NaN]),
    new Float32Array(4),
    new Uint8Array(8),
    Object.create(null),
    { __proto__: { polluted: true } }
  ),
  fc.anything({ maxDepth: 2, withTypedArray: true, withBigInt: true })
)

type Path = (string | number)[]

/** Every place in `value` a mutation can hit (typed arrays count as single leaves). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return [prefix]
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [
    prefix,
    ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, key]))
  ]
}

function parentAndKey(
  root: unknown,
  path: Path
): [Record<string | number, unknown>, string | number] {
  let parent = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  return [parent, path[path.length - 1]]
}

/** `valid` with one random part broken. */
export function brokenArb<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom('replace', 'delete', 'addKey'), hostileValue)
    .map(([value, pick, operation, hostile]) => {
      const copy: unknown = structuredClone(value)
      const paths = pathsOf(copy)
      const path = paths[pick % paths.length]
      if (path.length === 0) return operation === 'replace' ? hostile : copy
      const [parent, key] = parentAndKey(copy, path)
      if (operation === 'replace') parent[key] = hostile
      else if (operation === 'delete') delete parent[key]
      else parent['unexpected'] = hostile
      return copy
    })
}

/** What a hostile renderer might send instead of `valid`. */
export function malformedArb<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({ withTypedArray: true, withNullPrototype: true, withBigInt: true, withMap: true }),
    hostileValue,
    brokenArb(valid)
  )
}
