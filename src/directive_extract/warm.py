"""Imported once by the worker pool's fork server (workers.py): the package loaded and its data
compiled there, so every worker forked from it starts with the matcher built instead of building it.

The objects loaded are then frozen out of the garbage collector's way (`gc.freeze`): a collection in
a worker would otherwise write to the pages they sit on and copy them, one worker after another. A
worker also collects its youngest generation less often (every 10,000 allocations, not 700): one
document makes some hundred thousand short-lived objects, few of them in cycles, and the default
threshold spent ~2% of a batch's CPU walking them (measured over the corpus, in-process, median of
five rounds: 618k -> 631k chars/s). Set here, for the workers only: a program that imports the
library keeps its own settings.
"""

from __future__ import annotations

import gc

from . import extract
from .stages.agencies.grammar import division_names_of_type_words

extract("Sở Y tế")  # imports the pipeline, loads and compiles every pattern and gazetteer
division_names_of_type_words()  # the place list read by the name grammar only at a body it reads
gc.freeze()
gc.set_threshold(10_000, *gc.get_threshold()[1:])
