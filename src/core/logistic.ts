// The one shape of the engine's learned models (speaker-choice, short-quote, speaker-confidence):
// a logistic model over binary features named "group:value", a bias and a weight per feature,
// written by `npm run train` (scripts/train.mjs) and reviewed like code.

/** A logistic model: a bias and one weight per feature (a feature without a weight weighs nothing). */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** The model's probability for a finding with these features. */
export function probability(features: readonly string[], model: LogisticModel): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * A model's weights as a Map, made once per model: a feature name is a string built per finding,
 * and an object's property read by such a string first looks it up in V8's string table.
 */
const weightMaps = new WeakMap<LogisticModel, Map<string, number>>();

function weightsOf(model: LogisticModel): Map<string, number> {
  let m = weightMaps.get(model);
  if (!m) weightMaps.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** A feature's value: a word class, a count or a yes/no. */
type Value = string | number | boolean;

/** Feature names made so far, by group ("group:") and value (and second value): MAX_NAMES per group and first value at most. */
const singles = new Map<string, Map<Value, string>>();
const pairs = new Map<string, Map<Value, Map<Value, string>>>();
const MAX_NAMES = 1000;

/**
 * The feature "group:value" (group given with its colon), one string per name: the weights' Map
 * hashes a string once, where a name written anew for every finding is hashed anew at each look-up.
 */
export function feature(group: string, value: Value): string {
  let byValue = singles.get(group);
  if (!byValue) singles.set(group, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) {
    name = `${group}${value}`;
    if (byValue.size < MAX_NAMES) byValue.set(value, name);
  }
  return name;
}

/** The feature "group:a/b" (group given with its colon), one string per name (feature). */
export function pairFeature(group: string, a: Value, b: Value): string {
  let byA = pairs.get(group);
  if (!byA) pairs.set(group, (byA = new Map()));
  let byB = byA.get(a);
  if (!byB) {
    byB = new Map();
    if (byA.size < MAX_NAMES) byA.set(a, byB);
  }
  let name = byB.get(b);
  if (name === undefined) {
    name = `${group}${a}/${b}`;
    if (byB.size < MAX_NAMES) byB.set(b, name);
  }
  return name;
}
