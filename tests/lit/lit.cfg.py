# lit configuration for pycc's IR tests: `pycc-opt` + FileCheck.
import os
import lit.formats

config.name = "pycc"
config.test_format = lit.formats.ShTest()
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(os.environ.get("PYCC_LIT_OUT", "/tmp/pycc-lit"))

# pycc-opt from the build under test, FileCheck/not from LLVM 22.
bin_dir = os.environ.get("PYCC_BIN_DIR") or os.path.join(os.path.dirname(__file__), "..", "..", "target", "release")
llvm_bin = os.environ.get("LLVM_BIN_DIR", "/usr/lib/llvm-22/bin")
config.environment["PATH"] = os.pathsep.join([os.path.abspath(bin_dir), llvm_bin, os.environ.get("PATH", "")])
config.excludes = ["Inputs"]
