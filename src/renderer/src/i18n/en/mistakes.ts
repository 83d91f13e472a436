// The deliberate mistakes (t('mistakes.…')): each one's name and what goes wrong, keyed by the ids
// of src/core/mistakes.ts (nameKey, explanationKey).
export default {
  label: 'Deliberate mistake',
  switches: {
    title: 'Deliberate mistakes',
    count: '{count} on',
    intro:
      'Each switch runs the lab with one thing done wrong on purpose, to see what goes wrong. The Code view shows the mistaken line.',
    label: 'Deliberate mistake: {name}'
  },
  log: {
    title: 'Deliberate mistakes in this run',
    item: 'Deliberate mistake: {name}. {explanation}',
    infCost:
      'At epoch {epoch} the cost became infinite (inf, or nan): without the clamp, log(0) is minus infinity. This is the deliberate mistake at work, not a bug.'
  },
  forgetZeroGrad: {
    name: 'Forget optimizer.zero_grad()',
    explanation:
      'Without zero_grad, every backward() adds its gradient to the ones before, so each step uses the sum of all gradients so far: the steps grow and grow, as if the ball never lost speed.'
  },
  mse: {
    name: 'Mean squared error instead of cross-entropy',
    explanation:
      'The squared error of H(x) is multiplied by the slope of the sigmoid, which is almost 0 where H(x) is near 0 or 1: a confidently wrong answer hardly gets corrected, so learning crawls.'
  },
  unclampedLog: {
    name: 'No clamp on the log',
    explanation:
      'Written out by hand with torch.log, the cost has no clamp: once H(x) is exactly 0 or 1 in float32, log(0) is minus infinity and the cost becomes inf (or nan, since 0 times infinity is not a number). F.binary_cross_entropy clamps each log at -100.'
  },
  lrTooLarge: {
    name: 'A learning rate far too large',
    explanation:
      'Each step overshoots: the weights jump so far that H(x) is exactly 0 or 1 for many rows, the cost jumps and sticks, and the gradient of those rows vanishes.'
  }
}
