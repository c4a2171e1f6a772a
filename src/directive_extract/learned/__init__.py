"""The learned span recognizer: a CRF over syllables for agency, deadline and metric spans.

`tokens` cuts a text into syllables with offsets, `features` describes each one, `crf` trains and
runs the model (python-crfsuite), `gold` turns annotated documents into labelled spans, `recognizer`
turns the model's spans into Findings (rule `model.agency` …, with a score), and `merge` decides,
per kind, what is kept when the model and the rules disagree (the policy is measured, see
scripts/crossval.py, and stored with the model). Nothing here runs unless a model is asked for.
"""
