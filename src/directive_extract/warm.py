"""Imported once by the worker pool's fork server (workers.py): the package loaded and its data
compiled there, so every worker forked from it starts with the matcher built instead of building it.

The objects loaded are then frozen out of the garbage collector's way (`gc.freeze`): a collection in
a worker would otherwise write to the pages they sit on and copy them, one worker after another.
"""

from __future__ import annotations

import gc

from . import extract

extract("Sở Y tế")  # imports the pipeline, loads and compiles every pattern and gazetteer
gc.freeze()
