"""Cryptography with no web framework in it: personal data at rest (pii), password hashes, signed tokens."""
