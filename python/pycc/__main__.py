"""`python -m pycc compile file.py`, and the `pycc` / `pycc-opt` commands."""

import sys


def main():
    from ._native import pycc_main

    sys.stdout.flush()
    return pycc_main(["pycc", *sys.argv[1:]])


def opt_main():
    from ._native import opt_main as run

    sys.stdout.flush()
    return run(["pycc-opt", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
