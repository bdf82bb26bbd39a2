"""Speed and memory benchmarks (`make bench`), printed as JSON."""
