"""Take a query worker's network away before it evaluates anything.

The guard (``ltgraph.store.guard``) refuses SERVICE, LOAD and foreign graphs by reading the
query, but a reading can be wrong: a parser differential once let a SERVICE clause past it. So
the processes that evaluate queries are also made unable to open a network connection at all,
by the kernel, which binds the engine's native code as well as Python:

1. a network namespace of their own, which has no interface but a loopback that is down
   (``unshare(CLONE_NEWNET)``; as an unprivileged user inside a new user namespace);
2. a seccomp filter that lets ``socket()`` create only local (``AF_UNIX``) sockets and refuses
   ``io_uring``, through which sockets could be made without that call.

Either is enough to stop a connection; both are applied where the kernel allows, and the worker
refuses to start when neither could be (see the ``query_network_isolation`` setting). The
pipes to the server are created before the fork and are not network sockets.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_ERRNO = 0x00050000
_AF_UNIX = 1

# per architecture: the audit arch value and the numbers of socket() and io_uring_setup()
_ARCHES = {
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}
_X32_SYSCALL_BIT = 0x40000000

# classic BPF opcodes
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_RET_K = 0x06


class IsolationError(RuntimeError):
    """The kernel allowed neither way of taking the network away."""


def isolate_from_network() -> tuple[str, ...]:
    """Apply every isolation the kernel allows to this (single-threaded, freshly forked)
    process; return their names. Raises :class:`IsolationError` when none could be applied."""
    applied = []
    if _enter_network_namespace():
        applied.append("network namespace")
    if _install_socket_filter():
        applied.append("seccomp socket filter")
    if not applied:
        raise IsolationError("the kernel refused both a network namespace and a seccomp filter; "
                             "queries cannot be evaluated without network access taken away")
    return tuple(applied)


def _enter_network_namespace() -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) == 0:
        return True
    # without CAP_SYS_ADMIN: a user namespace of our own grants it for a new network namespace
    return libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


def _install_socket_filter() -> bool:
    program = socket_filter_program(platform.machine())
    if program is None:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    word = ctypes.c_ulong  # prctl takes unsigned longs; unused ones must be zero
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, word(1), word(0), word(0), word(0)) != 0:
        return False
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = ctypes.create_string_buffer(
        struct.pack("HxxxxxxP", len(program) // 8, ctypes.addressof(buffer)))
    return libc.prctl(_PR_SET_SECCOMP, word(_SECCOMP_MODE_FILTER),
                      word(ctypes.addressof(fprog)), word(0), word(0)) == 0


def socket_filter_program(machine: str) -> bytes | None:
    """The classic BPF program of the seccomp filter for ``machine`` (None: unknown arch).

    Layout of ``struct seccomp_data``: nr at offset 0, arch at 4, args[0] at 16 (its low 32
    bits on these little-endian machines).
    """
    if machine not in _ARCHES:
        return None
    arch, sys_socket, sys_io_uring_setup = _ARCHES[machine]
    deny = _SECCOMP_RET_ERRNO | errno.EACCES
    x32 = machine == "x86_64"
    rows = [
        (_LD_W_ABS, 0, 0, 4),                      # 0: arch
        (_JEQ_K, 1, 0, arch),                      # 1: our ABI? skip the deny
        (_RET_K, 0, 0, deny),                      # 2: another ABI (i386 on x86_64): deny all
        (_LD_W_ABS, 0, 0, 0),                      # 3: syscall number
        (_JGE_K, 0, 1, _X32_SYSCALL_BIT) if x32 else (_JEQ_K, 0, 1, 0xFFFFFFFF),  # 4: x32 ABI
        (_RET_K, 0, 0, deny),                      # 5
        (_JEQ_K, 0, 1, sys_io_uring_setup),        # 6
        (_RET_K, 0, 0, deny),                      # 7
        (_JEQ_K, 1, 0, sys_socket),                # 8: socket()? look at its domain
        (_RET_K, 0, 0, _SECCOMP_RET_ALLOW),        # 9: anything else
        (_LD_W_ABS, 0, 0, 16),                     # 10: socket(domain, ...)
        (_JEQ_K, 0, 1, _AF_UNIX),                  # 11
        (_RET_K, 0, 0, _SECCOMP_RET_ALLOW),        # 12: a local socket
        (_RET_K, 0, 0, deny),                      # 13: any network family
    ]
    return b"".join(struct.pack("HBBI", *row) for row in rows)
