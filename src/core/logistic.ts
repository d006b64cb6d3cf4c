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
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
