#!/usr/bin/env sh
# Generates the Python stubs of the gateway's contract into ./gen (grpcio-tools ships protoc and the
# google/protobuf well-known protos). Re-run after pulling a contract change.
set -eu
cd "$(dirname "$0")"
PROTO_ROOT=../../proto/src/main/proto
rm -rf gen && mkdir -p gen
python -m grpc_tools.protoc -I "$PROTO_ROOT" --python_out=gen --pyi_out=gen --grpc_python_out=gen \
  $(cd "$PROTO_ROOT" && find rongcloud -name '*.proto' | sort)
echo "stubs written to $(pwd)/gen"
