"""What an analyst does with a stored corpus: timelines per dyad, readout diffs, encounter linking.

Each module is a library over the store (`communique.store.Store`); the CLI and the Python API
(`communique.Corpus`) are thin layers over it.
"""
