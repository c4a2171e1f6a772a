"""The agency stage as a package: matcher (gazetteer, classes, fuzzy), canonical names, places,
roles, inherited leads, and the recognizer that puts them together. Nothing here imports a module
above `stages/` other than the document, findings and shared helpers."""

from .recognizer import recognize_agencies

__all__ = ["recognize_agencies"]
