"""``hireready backup DIR`` → wipe → ``hireready restore DIR``: the app's data comes back.

The backup is taken while a runtime still holds the databases open (rows in the WAL), then the
data directory is deleted and restored, and a new runtime finds the same users, resumes,
activities, uploads and conversation. A tampered backup is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from fakes import scripted
from langchain_core.messages import AIMessage
from user_rows import fill_user_rows

from agent.runtime import Runtime
from agent.settings import Settings
from storage.data_rights import count_user_rows

HIREREADY = str(Path(sys.executable).with_name("hireready"))


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HIREREADY_DATA_DIR": str(data_dir)}
    return subprocess.run([HIREREADY, *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


def _state(runtime: Runtime) -> dict[str, object]:
    with runtime.sessions() as session:
        users = {name: runtime.ensure_user(name)[0].id for name in ("ana", "bo")}
        rows = {name: count_user_rows(session, user_id) for name, user_id in users.items()}
    uploads = {name: [runtime.uploads.open(user_id, upload)
                      for upload, _ in runtime.uploads.list_user(user_id)]
               for name, user_id in users.items()}
    history = [m.content for m in runtime.history(users["ana"], "main")]
    return {"users": users, "rows": rows, "uploads": uploads, "history": history}


def test_backup_wipe_restore_brings_the_data_back(fresh_prepared_dir: Path,
                                                  tmp_path: Path) -> None:
    data = fresh_prepared_dir
    runtime = Runtime(Settings(data_dir=data), chat_model=scripted(AIMessage("Hello Ana!")))
    try:
        for name in ("ana", "bo"):
            user_id = runtime.ensure_user(name)[0].id
            with runtime.sessions.begin() as session:
                fill_user_rows(session, user_id)
            runtime.save_upload(user_id, f"{name}.txt", f"{name}'s resume".encode())
        runtime.chat(runtime.ensure_user("ana")[0].id, "main", "hi")
        before = _state(runtime)
        assert (data / "hireready.sqlite3-wal").stat().st_size > 0
        saved = _run(["backup", str(tmp_path / "backup")], data)
    finally:
        runtime.close()
    assert saved.returncode == 0, saved.stderr
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    kinds = {entry["path"]: entry["kind"] for entry in manifest["files"]}
    assert kinds["hireready.sqlite3"] == kinds["checkpoints.sqlite3"] == "sqlite"
    assert "auth_secret" in kinds and any(p.startswith("vectors/") for p in kinds)
    assert sum(p.startswith("uploads/") for p in kinds) == 2

    shutil.rmtree(data)
    restored = _run(["restore", str(tmp_path / "backup")], data)
    assert restored.returncode == 0, restored.stderr
    runtime = Runtime(Settings(data_dir=data))
    try:
        assert _state(runtime) == before
    finally:
        runtime.close()

    again = _run(["restore", str(tmp_path / "backup")], data)
    assert again.returncode == 2 and "--force" in again.stderr


def test_restore_refuses_a_backup_whose_checksums_fail(fresh_prepared_dir: Path,
                                                       tmp_path: Path) -> None:
    saved = _run(["backup", str(tmp_path / "backup")], fresh_prepared_dir)
    assert saved.returncode == 0, saved.stderr
    with (tmp_path / "backup" / "hireready.sqlite3").open("r+b") as handle:
        handle.seek(200)
        handle.write(b"\xff\xfe")
    target = tmp_path / "restored"
    refused = _run(["restore", str(tmp_path / "backup")], target)
    assert refused.returncode == 2
    assert "damaged" in refused.stderr and "Next step:" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not target.exists()
