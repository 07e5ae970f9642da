"""Helpers the tests and the benchmark share (local servers on 127.0.0.1); not used by the pipeline."""
