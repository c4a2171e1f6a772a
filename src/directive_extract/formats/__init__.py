"""Input formats, one module each: text (with legacy Vietnamese encodings), docx, pdf, html.

Each reader takes the file's bytes and the size limit and returns (text, label). They are imported
on demand by `read.py`, so reading plain text never pays for loading python-docx, pypdf or trafilatura.
"""
