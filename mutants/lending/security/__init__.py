"""Security with no web framework in it: signed tokens (JWT), password hashes, personal data at rest (PII crypto and
blind indexes). The request side — who is calling, limits, headers — is in lending/http."""
