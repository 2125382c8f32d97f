"""kimboard's benchmark suite: a generator of realistic data at scale and figures, each
measured next to a baseline in the same run. Run ``python -m benchmarks --help``."""
