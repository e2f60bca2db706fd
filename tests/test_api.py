"""The public Python API: typed, documented, its examples run, and the wheel ships `py.typed`."""

from __future__ import annotations

import doctest
import inspect
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import newsfix
import newsfix.batch.record
import newsfix.despin.normalizer

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["normalize", "extract", "process_batch", "Normalizer"])
def test_public_functions_are_typed_and_documented(name):
    obj = getattr(newsfix, name)
    doc = inspect.getdoc(obj)
    assert doc and (inspect.isclass(obj) or len(doc.splitlines()) >= 5), f"{name} needs a docstring"
    target = obj.__init__ if inspect.isclass(obj) else obj
    sig = inspect.signature(target)  # annotations are strings (`from __future__ import annotations`)
    assert sig.return_annotation is not inspect.Signature.empty
    params = [p for p in sig.parameters.values() if p.name != "self"]
    missing = [p.name for p in params if p.annotation is inspect.Parameter.empty]
    assert not missing, f"{name}: unannotated {missing}"


def test_normalize_keywords_are_checked():
    assert newsfix.normalize("Sufferers gave proof.", assume="spun").text == "Patients gave evidence."
    with pytest.raises(TypeError):
        newsfix.normalize("x", asume="spun")  # a misspelt option is an error, not ignored
    with pytest.raises(ValueError):
        newsfix.normalize("x", quotes="never")


@pytest.mark.parametrize("module", [newsfix.despin.normalizer, newsfix.batch.record])
def test_docstring_examples_run(module):
    result = doctest.testmod(module)
    assert result.attempted >= 1 and result.failed == 0


def test_wheel_ships_py_typed_and_the_integrations(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if r.returncode != 0 and "hatchling" in r.stderr:
        pytest.skip(f"cannot build the wheel here (no hatchling): {r.stderr.strip()[-300:]}")
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("newsfix-*.whl")
    assert wheel.name.startswith(f"newsfix-{newsfix.__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = ("py.typed", "contrib/scrapy.py", "contrib/spacy.py", "report/review.py", "cli/review.py")
    for path in (f"newsfix/{name}" for name in shipped):
        assert path in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[spacy_factories]" in text and "newsfix = newsfix.contrib.spacy:make_newsfix" in text
