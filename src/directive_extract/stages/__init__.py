"""One module per stage; each stage is a function Document -> Document."""
