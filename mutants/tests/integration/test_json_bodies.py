"""Pathological JSON bodies are a 400 problem, never a 500."""

from __future__ import annotations


def test_deeply_nested_json_is_a_400_not_a_crash(client):
    response = client.post("/api/v1/auth/login", data="[" * 50_000, content_type="application/json")
    assert response.status_code == 400
    assert response.json["code"] == "invalid_json" and response.mimetype == "application/problem+json"


def test_a_json_string_instead_of_an_object_names_the_body(client):
    response = client.post("/api/v1/auth/login", data='"phone"', content_type="application/json")
    assert response.status_code == 422 and "_body" in response.json["errors"]
