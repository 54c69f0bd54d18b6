"""``apptest check --junit-xml FILE``: the results in the JUnit XML that CI systems read.

The shape is the one GitHub Actions reporters, GitLab, Jenkins and Azure read (pytest's
``xunit2`` flavour): ``<testsuites>`` holding one ``<testsuite name="apptest check">``;
one ``<testcase>`` per page (its first run and exploring it), and one more per failure
found by exploring, named by its path of interactions. ``classname`` is the app's path
with dots; a failure is a ``<failure message=... type=...>`` whose text is the traceback
and the reproducing test; a skipped app is a ``<testcase>`` with ``<skipped>``.

Example:
    >>> write_junit("report.xml", results, seconds=1.2)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime, timezone

from apptest._cli_results import AppResult, Failure, PageResult

Mask = Callable[[str], str]


def _classname(path: str) -> str:
    return os.path.splitext(path)[0].replace(os.sep, ".").replace("/", ".").lstrip(".")


def _failure(case: ET.Element, failure: Failure, mask: Mask) -> None:
    node = ET.SubElement(case, "failure", message=mask(failure.title), type=failure.kind)
    parts = [failure.message, failure.detail]
    if failure.descriptions:
        parts.append("after: " + " > ".join(failure.descriptions))
    if failure.test:
        parts.append("reproduce with this test:\n\n" + failure.test)
    node.text = mask("\n\n".join(p for p in parts if p))


def _cases(result: AppResult, page: PageResult) -> list[tuple[str, list[Failure]]]:
    """The test cases of one page: its run (with the failures of the first run) and paths."""
    first = [f for f in page.failures if not f.steps]
    cases = [(page.name if not page.explored else f"{page.name} (explored {page.interactions})",
              first)]
    cases += [(f"{page.name} after {' > '.join(f.descriptions)}", [f])
              for f in page.failures if f.steps]
    return cases


def _app(suite: ET.Element, result: AppResult, mask: Mask) -> tuple[int, int, int]:
    classname = _classname(result.path)
    if result.skipped:
        case = ET.SubElement(suite, "testcase", classname=classname, name=result.path, time="0")
        ET.SubElement(case, "skipped", message=mask(result.skipped))
        return 1, 0, 1
    tests = failures = 0
    for page in result.pages:
        for name, found in _cases(result, page):
            case = ET.SubElement(suite, "testcase", classname=classname, name=mask(name),
                                 time=f"{page.seconds:.3f}")
            for failure in found:
                _failure(case, failure, mask)
            tests, failures = tests + 1, failures + bool(found)
    return tests, failures, 0


def junit_tree(results: list[AppResult], seconds: float, mask: Mask = str) -> ET.ElementTree:
    """The JUnit XML document for ``results``.

    Example:
        >>> junit_tree([], 0.0).getroot().tag
        'testsuites'
    """
    root = ET.Element("testsuites", name="apptest")
    suite = ET.SubElement(root, "testsuite", name="apptest check")
    totals = [0, 0, 0]
    for result in results:
        totals = [a + b for a, b in zip(totals, _app(suite, result, mask), strict=True)]
    counts = {"tests": totals[0], "failures": totals[1], "errors": 0, "skipped": totals[2]}
    stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    for element in (root, suite):
        element.attrib.update({k: str(v) for k, v in counts.items()}, time=f"{seconds:.3f}")
    suite.set("timestamp", stamp)
    return ET.ElementTree(root)


def write_junit(path: str, results: list[AppResult], seconds: float, mask: Mask = str) -> None:
    """Write the JUnit XML report to ``path`` (its folder is created if needed)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tree = junit_tree(results, seconds, mask)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


__all__ = ["junit_tree", "write_junit"]
