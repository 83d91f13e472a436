// The built-in data sets (issue 12 §1): the lab's six students, two views of Fisher's irises and
// three seeded generators, with optional polynomial features and the map the boundary plot needs.
export * from './registry'
export * from './builtIn'
export * from './polynomial'
export * from './limits'
export {
  SEPARABLE_MARGIN,
  generatePoints,
  type GeneratorKind,
  type GeneratorParams
} from './generators'
export { GENERATED_DECIMALS, gaussianPair, uniform53 } from './gaussian'
export {
  IRIS_FEATURE_NAMES,
  IRIS4_PAIR,
  IRIS_PAIR,
  irisRows,
  type IrisPair,
  type IrisSpecies
} from './iris'
