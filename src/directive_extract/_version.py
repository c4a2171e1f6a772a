"""The package version, in one place (outputs record it so --resume knows what made them)."""

__version__ = "0.1.0"
