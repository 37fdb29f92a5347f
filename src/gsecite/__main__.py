"""``python -m gsecite``."""

from .cli import main

main()
