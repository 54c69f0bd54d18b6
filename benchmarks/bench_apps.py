"""Benchmark: apptest vs real ``streamlit.testing.v1.AppTest`` on three bigger apps.

    python benchmarks/bench_apps.py             # full run (about a minute)
    python benchmarks/bench_apps.py --quick     # smaller budgets
    python benchmarks/bench_apps.py --no-streamlit

The apps live in ``benchmarks/apps/``:

* ``form50.py``: ``st.form`` holding 50 widgets (text, number, checkbox, selectbox, slider)
  and a submit button, with the submitted values shown after the form;
* ``data_app.py``: a ``@st.cache_data`` DataFrame, ``st.dataframe``, ``st.line_chart`` and
  a slider choosing the rows (skipped if pandas or numpy is missing);
* ``navigation/app.py``: ``st.navigation`` over three file pages, switched with
  ``at.switch_page("views/x.py")``, which both harnesses support.

For each app: a fresh ``AppTest.from_file(app).run()`` and an interaction + rerun. Before
timing, both harnesses drive the same scenario once and the results are compared; a
difference is printed as a warning. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from _common import (
    APPS,
    ROOT,
    Timing,
    comparison_row,
    load_real,
    machine_line,
    measure,
    print_mins,
    row,
    rule,
    streamlit_importable,
    streamlit_version,
)

COLORS = ["red", "green", "blue", "yellow"]
PAGES = ["views/stats.py", "views/settings.py", "views/home.py"]


@dataclass
class Scenario:
    """One app: how to drive it once (``interactions``) and what to compare (``snapshot``)."""

    name: str
    path: str
    interactions: dict[str, Callable[[Any, int], None]]
    snapshot: Callable[[Any], Any]


# --------------------------------------------------------------------------- form50.py


def fill_form(at: Any, k: int, widgets: int = 10) -> None:
    """Set ``widgets`` of each of the five kinds to values depending on ``k``; submit; run."""
    for i in range(widgets):
        at.text_input[i].input(f"v{k}-{i}")
        at.number_input[i].set_value(k * 100 + i)
        box = at.checkbox[i]
        box.check() if (i + k) % 2 else box.uncheck()
        at.selectbox[i].select(COLORS[(i + k) % 4])
        at.slider[i].set_value((i * 7 + k) % 101)
    at.button[0].click().run()


def form_snapshot(at: Any) -> Any:
    fill_form(at, 1)
    first = [t.value for t in at.text] + [m.value for m in at.markdown]
    fill_form(at, 2, widgets=1)
    return first, [t.value for t in at.text] + [m.value for m in at.markdown], len(at.exception)


FORM = Scenario(
    "form50.py (50 widgets in st.form)",
    os.path.join(APPS, "form50.py"),
    {
        "set 50 widgets + submit + run": fill_form,
        "set 5 widgets + submit + run": lambda at, k: fill_form(at, k, widgets=1),
    },
    form_snapshot,
)


# --------------------------------------------------------------------------- data_app.py


def data_rows(at: Any, k: int) -> None:
    at.slider[0].set_value(250 if k % 2 else 100).run()


def data_snapshot(at: Any) -> Any:
    shown = []
    for step in (lambda: at.slider[0].set_value(250), lambda: at.selectbox[0].select("beta")):
        step()
        at.run()
        df = at.dataframe[0].value
        shown.append((df.shape, list(df.columns), round(float(df.to_numpy().sum()), 6),
                      at.metric[0].value, [m.value for m in at.markdown], len(at.exception)))
    return shown


DATA = Scenario(
    "data_app.py (cache_data, dataframe, chart)",
    os.path.join(APPS, "data_app.py"),
    {"slider (rows) + rerun": data_rows},
    data_snapshot,
)


# --------------------------------------------------------------------------- navigation/app.py


def switch(at: Any, k: int) -> None:
    at.switch_page(PAGES[k % len(PAGES)]).run()


def nav_snapshot(at: Any) -> Any:
    def seen() -> Any:
        return ([t.value for t in at.title], [m.value for m in at.markdown],
                [m.value for m in at.metric], "team" in at.session_state, len(at.exception))

    log = [seen()]
    at.button[0].click().run()
    log.append(seen())
    for page in PAGES:
        at.switch_page(page).run()
        log.append(seen())
    at.switch_page("views/stats.py").run()
    at.slider[0].set_value(20).run()
    log.append(seen())
    return log


NAV = Scenario(
    "navigation/app.py (st.navigation, 3 pages)",
    os.path.join(APPS, "navigation", "app.py"),
    {"switch_page + run": switch},
    nav_snapshot,
)


# --------------------------------------------------------------------------- running


def have_pandas() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("pandas", "numpy"))


def bench_impl(AppTest: Any, scenario: Scenario, budget: float) -> dict[str, Timing]:
    """Fresh + first run, then each interaction on one live session."""
    figures = {"fresh": measure(lambda: AppTest.from_file(scenario.path).run(), budget)}
    for label, interact in scenario.interactions.items():
        figures[label] = measure(driver(AppTest.from_file(scenario.path).run(), interact), budget)
    return figures


def driver(at: Any, interact: Callable[[Any, int], None]) -> Callable[[], None]:
    """``interact(at, k)`` with ``k`` counting up, so each call changes the values."""
    counter = iter(range(10**9))
    return lambda: interact(at, next(counter))


def snapshot(AppTest: Any, scenario: Scenario) -> Any:
    try:
        return scenario.snapshot(AppTest.from_file(scenario.path).run())
    except Exception as exc:  # a failure is a finding to print, not a reason to stop
        return f"raised {type(exc).__name__}: {exc}"


def check_same(scenario: Scenario, ours: Any, real: Any) -> None:
    if ours == real:
        print(f"sanity check {scenario.name}: same results in both harnesses")
        return
    print(f"WARNING: {scenario.name}: apptest and streamlit give different results")
    print(f"  apptest:   {ours!r}")
    print(f"  streamlit: {real!r}")


def report(scenarios: list[Scenario], ours: dict[str, dict[str, Timing]],
           real: dict[str, dict[str, Timing]]) -> None:
    widths = (40, 12, 12, 12)
    print(row(["measure", "apptest", "streamlit", "speed-up"], widths))
    print(rule(widths))
    for sc in scenarios:
        print(sc.name)
        for key in ours[sc.name]:
            label = "  fresh from_file(...).run()" if key == "fresh" else f"  {key}"
            print(comparison_row(label, ours[sc.name][key], real.get(sc.name, {}).get(key)))
    print()
    for sc in scenarios:
        print(f"{sc.name}:")
        print_mins({"  apptest": ours[sc.name], "  streamlit": real.get(sc.name, {})})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller time budgets")
    parser.add_argument("--no-streamlit", action="store_true", help="measure apptest only")
    opts = parser.parse_args(argv)
    budget = 0.5 if opts.quick else 2.0
    started = time.perf_counter()

    scenarios = [FORM, NAV]
    if have_pandas():
        scenarios.insert(1, DATA)
    else:
        print("data_app.py skipped: pandas and numpy are needed")
    have_real = not opts.no_streamlit and streamlit_importable()

    from apptest import AppTest as OurAppTest

    # All apptest work first, then real Streamlit's, so neither runs between the other's calls.
    ours_snap = {sc.name: snapshot(OurAppTest, sc) for sc in scenarios}
    ours = {sc.name: bench_impl(OurAppTest, sc, budget) for sc in scenarios}
    real: dict[str, dict[str, Timing]] = {}
    RealAppTest = load_real() if have_real else None
    print(machine_line(streamlit_version() if RealAppTest is not None else "not installed"))
    print(f"apps in {os.path.relpath(APPS, ROOT)}/; median per call; speed-up = streamlit / apptest\n")
    if RealAppTest is not None:
        for sc in scenarios:
            check_same(sc, ours_snap[sc.name], snapshot(RealAppTest, sc))
        real = {sc.name: bench_impl(RealAppTest, sc, budget) for sc in scenarios}
        print()
    else:
        for sc in scenarios:
            if isinstance(ours_snap[sc.name], str):
                print(f"WARNING: {sc.name}: apptest {ours_snap[sc.name]}")
    report(scenarios, ours, real)
    print(f"total benchmark time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
