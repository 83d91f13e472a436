"""PyTorch side of `npm run bench`: the lab's training loop on the same data, timed per epoch.

Usage: python3 torch_epoch.py DATA_FILE ROWS FEATURES EPOCHS [THREADS]
THREADS > 0 calls torch.set_num_threads(THREADS); without it torch keeps its default. DATA_FILE
holds ROWS*FEATURES float64 features (row-major) then ROWS float64 labels, little
endian. Warms up for 0.3 s, then times EPOCHS epochs in chunks of >= 2 ms. Prints one JSON
object: the median milliseconds per epoch, the thread count and the peak RSS.
"""
import json
import resource
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
import torch.optim as optim


WARM_UP_SECONDS = 0.3


def chunk_timer(step, epochs):
    """Per-epoch milliseconds, timing chunks of epochs long enough for the clock (>= ~2 ms)."""
    warm_epochs = 0
    start = time.perf_counter()
    while time.perf_counter() - start < WARM_UP_SECONDS or warm_epochs < 3:
        step()
        warm_epochs += 1
    warm_ms = (time.perf_counter() - start) * 1000 / warm_epochs
    chunk = max(1, min(epochs, round(2 / max(warm_ms, 1e-6))))
    samples = []
    done = 0
    while done < epochs:
        count = min(chunk, epochs - done)
        start = time.perf_counter()
        for _ in range(count):
            step()
        samples.append((time.perf_counter() - start) * 1000 / count)
        done += count
    return samples, chunk


def main():
    path, rows, features, epochs = sys.argv[1], *map(int, sys.argv[2:5])
    if len(sys.argv) > 5 and int(sys.argv[5]) > 0:
        torch.set_num_threads(int(sys.argv[5]))
    raw = np.fromfile(path, dtype='<f8')
    x_train = torch.from_numpy(raw[: rows * features].reshape(rows, features)).float()
    y_train = torch.from_numpy(raw[rows * features :].reshape(rows, 1)).float()
    del raw

    # The lab (Lab-05, low-level): W, b as leaf tensors, optim.SGD, full batch, float32.
    W = torch.zeros((features, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = optim.SGD([W, b], lr=1)

    def epoch():
        hypothesis = torch.sigmoid(x_train.matmul(W) + b)
        cost = F.binary_cross_entropy(hypothesis, y_train)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()

    samples, chunk = chunk_timer(epoch, epochs)
    print(
        json.dumps(
            {
                'msPerEpoch': statistics.median(samples),
                'epochs': epochs,
                'chunk': chunk,
                'threads': torch.get_num_threads(),
                'version': torch.__version__,
                # Linux reports ru_maxrss in KiB: the whole Python process, torch's libraries included.
                'peakRssBytes': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            }
        )
    )


if __name__ == '__main__':
    main()
