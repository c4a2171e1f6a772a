"""The exception hierarchy. The library raises these; the CLI turns them into one line and an exit code."""


class DirectiveExtractError(Exception):
    """Base class of every error this package raises on purpose."""

    code = "E000"


class InputError(DirectiveExtractError):
    """The input cannot be read as a document (missing, empty, binary, undecodable, too large)."""

    code = "E100"


class DecodeError(InputError):
    code = "E101"


class TooLargeError(InputError):
    code = "E102"


class EmptyInputError(InputError):
    code = "E103"


class BinaryInputError(InputError):
    code = "E104"


class ResourceError(DirectiveExtractError):
    """A packaged data file is missing or malformed."""

    code = "E200"


class SpanError(DirectiveExtractError):
    """An extracted item's span does not slice the source to its text: a bug, never silenced."""

    code = "E300"


class UnreadableFileError(InputError):
    """The path is missing, vanished, a folder, or cannot be opened."""

    code = "E105"


class UnsupportedFormatError(InputError):
    """A file format we do not read (old binary .doc, zip archives that are not Word documents)."""

    code = "E106"


class CorruptFileError(InputError):
    """A .docx or .pdf whose container is damaged or not what its name says."""

    code = "E107"


class UnsafeFileError(InputError):
    """Refused before parsing: a zip bomb, or XML that declares entities."""

    code = "E108"


class NoTextLayerError(InputError):
    """A PDF with no text layer (a scan): it needs OCR first."""

    code = "E109"


class EncryptedFileError(InputError):
    """A password-protected document."""

    code = "E110"


class ModelError(DirectiveExtractError):
    """The trained model asked for (`--model`) is missing or unreadable: `make train` builds it."""


class ClusterError(DirectiveExtractError):
    """The Dask cluster did not become ready, or stopped finishing work, within the time allowed."""
