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
