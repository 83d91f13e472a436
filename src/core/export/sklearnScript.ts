// A runnable scikit-learn script of the trained model: a LogisticRegression given the trained
// weights as its fitted attributes (coef_, intercept_, classes_, n_features_in_) instead of
// fit(), then H(x) = predict_proba(X)[:, 1] and the accuracy at the model's threshold.
// scikit-learn computes in float64 from the exact float64 weights, where the app's (PyTorch's)
// H(x) is rounded to float32: the two agree to about 6e-8.
import type { Dataset } from '../dataset'
import { assertExportable, type ExportModel } from './model'
import { pythonData } from './pythonData'
import { pythonFloat, pythonFloatList } from './pythonLiteral'

export function sklearnScript(model: ExportModel, dataset: Dataset): string {
  assertExportable(model, dataset)
  const threshold = pythonFloat(model.threshold)
  return [
    '# Logit Lab: the trained logistic regression in scikit-learn.',
    `# H(x) = sigmoid(xW + b); predict 1 where H(x) >= ${threshold}.`,
    '# Run: python3 this_file.py (needs scikit-learn and NumPy).',
    'import numpy as np',
    'from sklearn.linear_model import LogisticRegression',
    '',
    pythonData(dataset, { columnLabels: false }),
    'X = np.array(x_data, dtype=np.float64)',
    'y = np.array(y_data)',
    '',
    '# A fitted model without fit(): the trained weights, exactly (float64), as its attributes.',
    'model = LogisticRegression()',
    `model.coef_ = np.array([${pythonFloatList(model.weights)}])`,
    `model.intercept_ = np.array([${pythonFloat(model.bias)}])`,
    'model.classes_ = np.array([0, 1])',
    `model.n_features_in_ = ${model.weights.length}`,
    '',
    '# H(x): the probability of class 1.',
    'probabilities = model.predict_proba(X)[:, 1]',
    'print(probabilities)',
    '# The threshold as the app uses it (model.predict would always cut at 0.5).',
    `prediction = probabilities >= ${threshold}`,
    'accuracy = (prediction == y).sum() / len(y)',
    "print('The model has an accuracy of {:2.2f}% for the training set.'.format(accuracy * 100))",
    ''
  ].join('\n')
}
