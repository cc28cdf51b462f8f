"""A phone number as the lender keeps it: E.164, a `+`, a country code and the subscriber number (ASCII digits)."""

from __future__ import annotations

import re

# [0-9], not \d: Python's \d also matches "８" and "٨", which would pass here and index apart from "8" (blind index).
E164 = re.compile(r"\A\+[1-9][0-9]{6,14}\Z")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
