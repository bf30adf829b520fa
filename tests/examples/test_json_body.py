"""Task `json-body`: a validated JSON body (name: str, price: float > 0) and the error it gives."""

import requests

TASK = "json-body"


def post(example, body):
    return requests.post(example.url + "/items", json=body, timeout=10)


def test_valid_body_created(example):
    r = post(example, {"name": "Pen", "price": 1.5})
    assert r.status_code == 201
    assert r.json() == {"name": "Pen", "price": 1.5}


def rejected(r, field):
    assert r.status_code in (400, 422)
    r.json()  # the error is JSON
    assert field in r.text


def test_missing_name(example):
    rejected(post(example, {"price": 1.5}), "name")


def test_price_not_a_number(example):
    rejected(post(example, {"name": "Pen", "price": "cheap"}), "price")


def test_price_not_positive(example):
    rejected(post(example, {"name": "Pen", "price": 0}), "price")
