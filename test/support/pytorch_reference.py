"""PyTorch 1.13 reference runs for Logit Lab's differential tests.

Reads one JSON object on stdin:
  {"datasets": {"<name>": {"x": [[...], ...], "y": [0, 1, ...]}},
   "runs": [{"data": "<name>", "init": "zeros" | "torch", "seed": 1,
             "optimizer": {"kind": "sgd", "lr": 1, "momentum": 0, "dampening": 0,
                           "nesterov": false, "weightDecay": 0}
                        | {"kind": "adam", "lr": 0.001, "beta1": 0.9, "beta2": 0.999,
                           "eps": 1e-8, "weightDecay": 0},
             "epochs": 100, "threshold": 0.5, "dtype": "float32" | "float64",
             "mistakes": {"forgetZeroGrad": false, "loss": "bce" | "mse" | "unclampedLog"}},
            ...]}
and prints one JSON object:
  {"torch": "1.13.0", "runs": [{"cost": [...], "accuracy": [...], "near": [...],
                                "weights": [...], "bias": b, "nonFinite": null}, ...]}
with one entry per epoch 0..N: the cost and accuracy of that epoch's forward pass (before its
step), and how many rows have |H(x) - threshold| < "margin" (a request field, default 1e-4):
the predictions that float32 and float64 may legitimately disagree on.

"mistakes" (optional; src/core/mistakes.ts) runs the lab's loop with its deliberate mistakes:
no optimizer.zero_grad(), F.mse_loss instead of F.binary_cross_entropy, or the cross-entropy
written out with torch.log (no clamp). A run stops at the first epoch whose cost is not finite
(as the engine does), "nonFinite" then saying which epoch and what PyTorch printed ("inf", "nan").

Each run is the lab's code (deeplearningzerotoall/PyTorch lab-05): the low-level W, b for the
zeros init, nn.Linear after torch.manual_seed for the torch init; full batch, as in the lab.
"float32" (the default) is the lab itself. "float64" runs the same loop in double precision
with the torch init still drawn in float32 and widened, and with H(x) and the cost computed by
the engine's documented rules (src/core/kernel.ts): H(x) rounded to float32 as PyTorch's float32
sigmoid rounds it, for the predictions and the gradient; the cost in float64 except on rows whose
label disagrees with z by more than 4, where it comes from PyTorch's float32 H(x). The float64
runs so check the loop, the init and the optimizers to ~1e-15; the float32 runs check those rules
against the lab itself.
"""
import json
import math
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim


class Float32Sigmoid(torch.autograd.Function):
    """The engine's H(x) for a float64 z: (1 if z >= 0 else e) / (1 + e) with e = exp(-|z|),
    1 + e and the quotient rounded to float32 (exactly 1 above z ~ 16.64, like PyTorch's float32
    sigmoid). The backward is sigmoid's, p (1 - p), at that rounded p."""

    @staticmethod
    def forward(ctx, z):
        e = torch.exp(-z.abs())
        numerator = torch.where(z >= 0, torch.ones_like(e), e)
        p = (numerator / (1 + e).float().double()).float().double()
        ctx.save_for_backward(p)
        return p

    @staticmethod
    def backward(ctx, grad):
        (p,) = ctx.saved_tensors
        return grad * p * (1 - p)


class PytorchSigmoid(Float32Sigmoid):
    """The engine's H(x) for the mistaken costs (src/core/mistakenLoss.ts), for a float64 z:
    PyTorch's float32 1 / (1 + exp(-z)), each step rounded to float32 (exactly 0 where exp(-z)
    overflows float32, exactly 1 above z ~ 16.64). The backward is Float32Sigmoid's."""

    @staticmethod
    def forward(ctx, z):
        p = (1 / (1 + torch.exp(-z).float())).double()
        ctx.save_for_backward(p)
        return p


def loss_of(hypothesis, y, kind):
    """The lab's cost, or a deliberately mistaken one."""
    if kind == 'mse':
        return F.mse_loss(hypothesis, y)
    if kind == 'unclampedLog':
        return -(y * torch.log(hypothesis) + (1 - y) * torch.log(1 - hypothesis)).mean()
    return F.binary_cross_entropy(hypothesis, y)


COARSE_MARGIN = 4


def engine_cost(z, y):
    """The engine's cost rule: log1p(e) + |z| * [label disagrees with z] per row, except past
    COARSE_MARGIN of disagreement, where -log of PyTorch's float32 H(x) for the true class; each
    row at most 100; the mean."""
    with torch.no_grad():
        a = z.abs()
        disagreement = a * ((z >= 0).double() != y).double()
        exact = torch.log1p(torch.exp(-a)) + disagreement
        p32 = (1 / (1 + torch.exp(-z).float())).double()
        coarse = -torch.log(torch.where(y == 1, p32, 1 - p32))
        row = torch.where(disagreement > COARSE_MARGIN, coarse, exact)
        return row.clamp(max=100).mean().item()


def make_model(d, init, seed, dtype):
    """The lab's model as its logits z = xW + b (its parameters, and the weight and bias)."""
    if init == 'zeros':
        W = torch.zeros((d, 1), dtype=dtype, requires_grad=True)
        b = torch.zeros(1, dtype=dtype, requires_grad=True)
        return (lambda x: x.matmul(W) + b), [W, b], (W, b)
    torch.manual_seed(seed)
    linear = nn.Linear(d, 1).to(dtype)
    return linear, list(linear.parameters()), (linear.weight, linear.bias)


def make_optimizer(params, config):
    if config['kind'] == 'sgd':
        return optim.SGD(params, lr=config['lr'], momentum=config['momentum'],
                         dampening=config['dampening'], nesterov=config['nesterov'],
                         weight_decay=config['weightDecay'])
    return optim.Adam(params, lr=config['lr'], betas=(config['beta1'], config['beta2']),
                      eps=config['eps'], weight_decay=config['weightDecay'])


def run(dataset, config, margin):
    dtype = torch.float64 if config.get('dtype') == 'float64' else torch.float32
    x_train = torch.tensor(dataset['x'], dtype=dtype)
    y_train = torch.tensor(dataset['y'], dtype=dtype).view(-1, 1)
    d = x_train.shape[1]
    model, params, (weight, bias) = make_model(d, config['init'], config['seed'], dtype)
    optimizer = make_optimizer(params, config['optimizer'])
    threshold = torch.tensor([config['threshold']], dtype=dtype)
    mistakes = config.get('mistakes') or {'forgetZeroGrad': False, 'loss': 'bce'}
    kind = mistakes['loss']
    wide_sigmoid = Float32Sigmoid if kind == 'bce' else PytorchSigmoid
    costs, accuracies, near = [], [], []
    non_finite = None
    for epoch in range(config['epochs'] + 1):
        z = model(x_train)
        hypothesis = wide_sigmoid.apply(z) if dtype == torch.float64 else torch.sigmoid(z)
        cost = loss_of(hypothesis, y_train, kind)
        if not math.isfinite(cost.item()):
            non_finite = {'epoch': epoch, 'cost': '{:.6f}'.format(cost.item())}
            break
        prediction = hypothesis >= threshold
        correct_prediction = prediction.float() == y_train
        accuracy = correct_prediction.sum().item() / len(correct_prediction)
        wide = dtype == torch.float64 and kind == 'bce'
        costs.append(engine_cost(z, y_train) if wide else cost.item())
        accuracies.append(accuracy)
        near.append(int(((hypothesis - threshold).abs() < margin).sum().item()))
        if not mistakes['forgetZeroGrad']:
            optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return {
        'cost': costs,
        'accuracy': accuracies,
        'near': near,
        'weights': weight.detach().view(-1).tolist(),
        'bias': bias.detach().view(-1).tolist()[0],
        'nonFinite': non_finite,
    }


def main():
    # One thread: the sums are then always added in the same order, run after run.
    torch.set_num_threads(1)
    request = json.load(sys.stdin)
    margin = request.get('margin', 1e-4)
    results = [run(request['datasets'][r['data']], r, margin) for r in request['runs']]
    json.dump({'torch': torch.__version__, 'runs': results}, sys.stdout)


if __name__ == '__main__':
    main()
