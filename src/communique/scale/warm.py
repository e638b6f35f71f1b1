"""Imported by the pool's fork server before it forks the workers, so each starts with the lexicons
loaded and the matchers built (half a second of CPU each otherwise). The fork server is
single-threaded, so forking it is safe where forking a caller that runs threads is not."""
from communique.scale.pool import warm

warm()
