"""Pages rendered once per loaded dataset and kept on disk: the shelf of pre-rendered pages
(and of the RDF documents of hubs, serialised once per format: :mod:`ltgraph.web.linkeddata`).

Why: at a million quads the page of a summit or a press release costs 0.05-0.3 s to render on
an on-disk store (hundreds of statements with their evidence spans, each row some RocksDB
look-ups, rdflib terms and template work in Python: bench/README.md, "Pre-rendered pages"),
and there are thousands of them in two languages; kept in memory they would take hundreds of
MiB. So the server renders them in the background once its start-up work is done and keeps
each as a compressed file; a first view is then a file read.

A shelf is one directory per dataset version (``Store.version``) under a root directory;
nothing in an older version's directory is ever read. Each file is one page in one language,
named by a hash of its key, written atomically (a reader sees the whole page or none). The
directory names the process that owns it (``owner``): a server removes its own at exit and, at
start, those of processes that are gone.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
import threading
import zlib
from collections.abc import Callable, Hashable
from pathlib import Path

OWNER = "owner"
OFF = "off"
PAGE = ".html.z"  # a page's file; a hub's RDF document is in ``.rdf.z``


class PageShelf:
    """Pages kept as files under ``root/<version>/``, for the version ``version_of`` returns."""

    def __init__(self, root: Path, version_of: Callable[[], str | None]) -> None:
        self.root = root
        self.version_of = version_of
        self._made: set[str] = set()
        self._lock = threading.Lock()
        atexit.register(self.remove_own)

    def get(self, key: Hashable) -> str | None:
        """The page kept under ``key`` for the loaded dataset, or None."""
        data = self.get_bytes(key, PAGE)
        try:
            return data.decode("utf-8") if data is not None else None
        except UnicodeDecodeError:
            return None

    def get_bytes(self, key: Hashable, suffix: str) -> bytes | None:
        """The bytes kept under ``key`` (a file ending in ``suffix``) for the loaded dataset,
        or None."""
        version = self.version_of()
        if version is None:
            return None
        try:
            return zlib.decompress((self.root / version / file_name(key, suffix)).read_bytes())
        except (OSError, zlib.error):  # not there (or not whole): render
            return None

    def has(self, key: Hashable, suffix: str = PAGE) -> bool:
        """Whether a page (or, by ``suffix``, a document) is kept under ``key`` for the loaded
        dataset."""
        version = self.version_of()
        return version is not None and (self.root / version / file_name(key, suffix)).is_file()

    def put(self, key: Hashable, page: str, version: str) -> int:
        """Keep ``page`` under ``key`` for dataset ``version`` (rendered from it); a page of a
        version that is no longer loaded is dropped. Returns the bytes written."""
        return self.put_bytes(key, page.encode("utf-8"), version, PAGE)

    def put_bytes(self, key: Hashable, body: bytes, version: str, suffix: str) -> int:
        """Keep ``body`` under ``key`` (a file ending in ``suffix``) for dataset ``version``;
        dropped when that version is no longer loaded. Returns the bytes written."""
        if version != self.version_of():
            return 0
        directory = self._directory(version)
        final = directory / file_name(key, suffix)
        data = zlib.compress(body, 6)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, final)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return len(data)

    def _directory(self, version: str) -> Path:
        """This version's directory, made on first use (older versions' are removed then)."""
        directory = self.root / version
        with self._lock:
            if version not in self._made:
                self.remove_own()
                remove_orphans(self.root)
                self.root.mkdir(parents=True, exist_ok=True)
                # made whole under a hidden name, so no other server takes it for an orphan
                fresh = Path(tempfile.mkdtemp(dir=self.root, prefix=".new-"))
                (fresh / OWNER).write_text(f"{os.getpid()}\n")
                os.replace(fresh, directory)
                self._made.add(version)
        return directory

    def remove_own(self) -> None:
        """Remove the directories this process made (at exit, and for an older version)."""
        for version in list(self._made):
            shutil.rmtree(self.root / version, ignore_errors=True)
            self._made.discard(version)


def file_name(key: Hashable, suffix: str = PAGE) -> str:
    """The file of a key: a hash of its text, and what it holds (``suffix``)."""
    return hashlib.blake2b(repr(key).encode("utf-8"), digest_size=16).hexdigest() + suffix


def remove_orphans(root: Path) -> None:
    """Remove the directories under ``root`` whose owning process is gone (a server that was
    killed could not remove its own)."""
    if not root.is_dir():
        return
    for directory in root.iterdir():
        if (directory.is_dir() and not directory.name.startswith(".")
                and not owner_alive(directory / OWNER)):
            shutil.rmtree(directory, ignore_errors=True)


def owner_alive(owner_file: Path) -> bool:
    """Whether the process named in ``owner_file`` still runs."""
    try:
        pid = int(owner_file.read_text().strip())
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def shelf_root(page_dir: str, store_dir: str) -> Path | None:
    """Where pages are kept: the setting ``page_dir``; by default ``pages`` beside the
    generations of an on-disk store, or a directory of the system's temporary folder for an
    in-memory one; None when the setting is ``off``."""
    if page_dir.strip().lower() == OFF:
        return None
    if page_dir:
        return Path(page_dir)
    if store_dir:
        return Path(store_dir) / "pages"
    return Path(tempfile.gettempdir()) / "ltgraph-pages"
