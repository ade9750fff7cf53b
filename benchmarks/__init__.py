"""Benchmarks for filmkg: a synthetic article generator and throughput measurements."""
