"""Runs Python scripts (e.g. the PyTorch code Logit Lab generates) as `python3 script.py` would,
many in one process to pay for `import torch` once: each script runs as __main__ in a fresh
namespace (runpy.run_path) with its stdout captured. Every script the tests generate seeds torch
itself (torch.manual_seed at its top), so one cannot affect the next.

argv: the script paths. Prints one JSON object: {"torch": version, "outputs": [stdout, ...]}.
A script that raises ends this process with its traceback on stderr and a non-zero exit.
"""
import contextlib
import io
import json
import runpy
import sys

import torch


def main():
    outputs = []
    for path in sys.argv[1:]:
        captured = io.StringIO()
        with contextlib.redirect_stdout(captured):
            runpy.run_path(path, run_name='__main__')
        outputs.append(captured.getvalue())
    json.dump({'torch': torch.__version__, 'outputs': outputs}, sys.stdout)


if __name__ == '__main__':
    main()
