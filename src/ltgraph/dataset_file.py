"""Writing the dataset file: replaced in one step, so a reader sees the old dataset or the new
one, never half; and the temporary files a killed build left beside it cleaned away (each is
named after the process writing it, so a build that is writing keeps its own)."""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

__all__ = ["STALE_TEMPORARY_SECONDS", "clean_stale_temporaries", "temporary_prefix",
           "write_atomically"]

STALE_TEMPORARY_SECONDS = 3600  # no build writes its output for an hour


def temporary_prefix(path: Path, pid: int) -> str:
    """The name a build's temporary output file starts with: it says which process writes it."""
    return f".{path.name}.{pid}."


def clean_stale_temporaries(path: Path, *, now: float | None = None) -> list[str]:
    """Remove the temporary files a killed build left beside ``path``; their names.

    A temporary file is stale when the process named in it is gone, or (a name without a
    process, or a process number used again) when it is older than an hour. A build that is
    writing right now keeps its file.
    """
    now = time.time() if now is None else now
    removed = []
    for tmp in sorted(path.parent.glob(f".{path.name}.*.tmp")):
        pid = _writer_of(tmp.name, path.name)
        try:
            age = now - tmp.stat().st_mtime
        except FileNotFoundError:
            continue
        if (pid is None or _is_running(pid)) and age < STALE_TEMPORARY_SECONDS:
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp.name)
    return removed


def _writer_of(name: str, target: str) -> int | None:
    match = re.fullmatch(rf"\.{re.escape(target)}\.(\d+)\..+\.tmp", name)
    return int(match.group(1)) if match else None


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` in one step; a crash leaves the old file whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(path, os.getpid()), suffix=".tmp",
                               dir=path.parent)
    try:
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
