"""The evidence layer: facts found by reading package-index snapshots and by running code (the
examples, the speed harness, the behaviour probes). Imports data/ only."""
