"""The language of a REST response's farmer-facing texts: chosen from Accept-Language, worded by lending.i18n."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import request
from marshmallow import fields

from .. import i18n


def request_language() -> str:
    """zh, en or sw, the best match of Accept-Language (zh when it asks for none of them)."""
    return request.accept_languages.best_match(i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE)


class InRequestLanguage(fields.String):
    """A string put in words when it is dumped, in the request's language: `words(obj, language)` returns it for
    the object dumped (which holds codes, never words)."""

    _CHECK_ATTRIBUTE = False  # nothing to read from the object under this field's name: the words are made here

    def __init__(self, words: Callable[[Any, str], str], **kwargs):
        super().__init__(**kwargs)
        self.words = words

    def _serialize(self, value, attr, obj, **kwargs):
        return self.words(obj, request_language())
