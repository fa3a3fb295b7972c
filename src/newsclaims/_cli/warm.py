"""Imported once, by the process the command line's workers are forked from (``--jobs``).

Importing the engine and compiling the default lexicon's patterns is most of what a worker
costs to start (about 0.25 CPU-s); done here, before the forks, every worker starts warm
and shares the compiled patterns with the others instead of paying for them itself. A run
with ``--lexicon`` compiles its own in each worker, on the first document.
"""

import gc

from newsclaims._extract.pipeline import analyze

analyze("")  # the patterns are compiled on first use and cached per lexicon
# What is here now lives as long as the workers: out of the collector's sight, a worker's
# collections neither walk it nor write to its pages (which would copy them, page by page,
# into every worker: the advice of the gc module's documentation for forking servers).
gc.freeze()
