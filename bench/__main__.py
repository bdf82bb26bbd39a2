"""`python -m bench`: time to first answer of the web app, chat-turn latency, parse time, RSS.

Numbers depend on the machine; run on an otherwise idle one. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
TURNS = 50
PARSES = 20
MESSAGES = ["hello", "help", "show my profile", "what can you do?", "thanks!"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_until_answer(data_dir: Path, timeout_s: float = 300) -> dict[str, float]:
    """Start `hireready run`, poll until it answers HTTP; return seconds and peak RSS (MB)."""
    port = _free_port()
    env = {**os.environ, "HIREREADY_DATA_DIR": str(data_dir), "HIREREADY_PORT": str(port)}
    started = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).with_name("hireready")), "run"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    peak = 0.0
    try:
        while time.perf_counter() - started < timeout_s:
            peak = max(peak, _tree_rss_mb(proc.pid))
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as answer:
                    if answer.status == 200:
                        return {"seconds": round(time.perf_counter() - started, 2),
                                "peak_rss_mb": round(peak, 1)}
            except OSError:
                time.sleep(0.2)
        raise TimeoutError("the app did not answer")
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)


def _tree_rss_mb(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs) / 1e6
    except psutil.Error:
        return 0.0


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1), "n": len(ordered)}


def _chat_latency(data_dir: Path) -> dict[str, Any]:
    os.environ["HIREREADY_DATA_DIR"] = str(data_dir)
    from agent.runtime import Runtime
    from agent.settings import Settings
    from agent.setup import prepare

    settings = Settings()
    prepare(settings, progress=False)
    runtime = Runtime(settings)
    account, _ = runtime.ensure_user("bench")
    runtime.chat(account.id, "warm-up", "hello")
    samples = []
    for i in range(TURNS):
        started = time.perf_counter()
        runtime.chat(account.id, "bench", MESSAGES[i % len(MESSAGES)])
        samples.append(time.perf_counter() - started)
    runtime.close()
    return _percentiles(samples)


def _parse_time() -> dict[str, Any]:
    """Parse time of the resumes the test suite builds (always available)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.resumes import resume_builders as build

    from storage.taxonomy import load_taxonomy
    from tools.documents import Document
    from tools.resume.parse import parse_resume
    from tools.skill_matcher import SkillMatcher

    started = time.perf_counter()
    matcher = SkillMatcher(load_taxonomy())
    results: dict[str, Any] = {"matcher_build_ms": round((time.perf_counter() - started) * 1000, 1)}
    fixtures = {"one_column.pdf": build.one_column_pdf(), "two_column.pdf": build.two_column_pdf(),
                "table.docx": build.docx_with_table(), "latin1.txt": build.latin1_txt()}
    for name, content in fixtures.items():
        document = Document(filename=name, content=content)
        samples = []
        for _ in range(PARSES):
            started = time.perf_counter()
            parse_resume(document, matcher)
            samples.append(time.perf_counter() - started)
        results[name] = _percentiles(samples)
    return results


def _capability_benchmarks() -> dict[str, Any]:
    """``run()`` of every ``bench/*_bench.py`` module (parsing on the eval set, gaps, ...)."""
    import importlib

    results: dict[str, Any] = {}
    for path in sorted(Path(__file__).parent.glob("*_bench.py")):
        module = importlib.import_module(f"bench.{path.stem}")
        try:
            results[path.stem] = module.run()
        except Exception as error:  # noqa: BLE001 - one failing benchmark must not hide others
            results[path.stem] = {"error": repr(error)}
    return results


def main() -> int:
    report: dict[str, Any] = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        report["app_first_answer_empty_data_dir"] = _serve_until_answer(data_dir)
        report["app_first_answer_prepared_data_dir"] = _serve_until_answer(data_dir)
        report["offline_chat_turn"] = _chat_latency(data_dir)
    report["resume_parse"] = _parse_time()
    report.update(_capability_benchmarks())
    report["bench_process_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
