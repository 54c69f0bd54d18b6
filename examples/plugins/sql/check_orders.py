"""Tests of orders_app.py; the connection comes from conftest.py's hook."""


def test_open_orders(app_test):
    at = app_test("orders_app.py").run()
    assert at.metric[0].label == "Open orders"
    assert at.metric[0].value == "2"
    assert list(at.dataframe[0].value["customer"]) == ["Ada", "Cy"]


def test_shipped_orders(app_test):
    at = app_test("orders_app.py").run()
    at.selectbox(key="status").select("shipped").run()
    assert at.metric[0].value == "1"
