"""Use cases (DESIGN.md §2). Importing the package logs every write of a tracked row to the sync change log."""

from . import changes

changes.install()
