"""JupyterLab smoke test: the project's notebooks open and render in a real JupyterLab.

Starts ``jupyter lab`` from the project's venv on a free loopback port with a random token and
throw-away config, data, runtime and settings folders, opens
notebooks/01_article_and_tokens.ipynb in headless Chromium, waits until the notebook's cells
and its title have rendered, then stops the server (and its kernels) inside the test.
Skipped with a reason when /usr/bin/chromium is absent (``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
import report_runs

from analysis import paths

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/01_article_and_tokens.ipynb"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_heading(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    raise AssertionError(f"{path.name} has no '# ' title")


@pytest.fixture
def lab_server(tmp_path):
    """A running JupyterLab: yields (base URL, token); stopped and reaped afterwards."""
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists():
        pytest.skip(f"{jupyter} not found: jupyterlab is not installed in this environment")
    port, token = free_port(), secrets.token_hex(16)
    home = tmp_path / "jupyter"
    env = dict(os.environ,
               JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_DATA_DIR=str(home / "data"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"), IPYTHONDIR=str(home / "ipython"),
               JUPYTERLAB_SETTINGS_DIR=str(home / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"))
    log = (tmp_path / "lab.log").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", "--ServerApp.open_browser=False",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={paths.ROOT}",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.extension_manager=readonly",  # never asks PyPI for extensions
         # JupyterLab checkpoints a notebook when it opens it: keep that out of the checkout.
         f"--FileCheckpoints.checkpoint_dir={home / 'checkpoints'}",
         *(["--allow-root"] if os.geteuid() == 0 else [])],  # CI containers run as root
        cwd=paths.ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"jupyter lab exited ({proc.returncode}):\n"
                                     + (tmp_path / "lab.log").read_text(encoding="utf-8"))
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5) as r:
                    if r.status == 200:
                        json.load(r)
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("jupyter lab did not answer within 120 s")
            time.sleep(0.5)
        yield base, token
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # the server shuts its kernels down on SIGTERM
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the group we started, by its id
                proc.wait(timeout=10)
        log.close()


def test_notebook_renders_in_jupyterlab(lab_server, tmp_path) -> None:

    report_runs.require_browser()
    from playwright.sync_api import sync_playwright

    path = paths.ROOT / NOTEBOOK
    assert path.exists(), f"{NOTEBOOK} is missing"
    title = first_heading(path)
    base, token = lab_server
    checkpoints = paths.NOTEBOOKS_DIR / ".ipynb_checkpoints"
    had_checkpoints = checkpoints.exists()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(report_runs.CHROMIUM),
                                    args=report_runs.CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{base}/lab/tree/{NOTEBOOK}?token={token}", wait_until="load")
            panel = page.locator(".jp-NotebookPanel").first
            panel.wait_for(state="visible", timeout=90_000)
            panel.locator(".jp-Cell").first.wait_for(state="visible", timeout=90_000)
            heading = panel.locator(".jp-RenderedMarkdown h1").first
            heading.wait_for(state="visible", timeout=60_000)
            assert title in heading.inner_text()
            # JupyterLab renders cells progressively: wait for the fourth rather than count at once.
            panel.locator(".jp-Cell").nth(3).wait_for(state="attached", timeout=60_000)
            assert panel.locator(".jp-Cell").count() >= 4  # title, autoreload, parameters, ...
            # The notebook opens with the project's kernel spec.
            kernel = page.locator(".jp-NotebookPanel-toolbar .jp-KernelName, "
                                  ".jp-Toolbar-kernelName").first
            kernel.wait_for(state="visible", timeout=60_000)
            assert "Python 3" in kernel.inner_text()
            report_runs.SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(report_runs.SCREENSHOTS / "jupyterlab-01.png"))
            assert not errors, errors
        finally:
            browser.close()
    assert had_checkpoints or not checkpoints.exists(), "the test wrote into notebooks/"
