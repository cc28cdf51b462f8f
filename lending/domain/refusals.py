"""A rule of the domain refusing what a person asked: every channel renders it in its own form (REST: 403 or 422
problem JSON naming `field`; USSD a re-prompt; SMS a reply; sync a `rejected` mutation with `code`). Pure Python."""

from __future__ import annotations


class Refused(Exception):
    """`code` is stable; `field` names what is wrong; `forbidden`: the person may not (403), else the input is
    wrong (422)."""

    def __init__(self, message: str, *, code: str, field: str, forbidden: bool = False):
        super().__init__(message)
        self.code, self.field, self.forbidden = code, field, forbidden
