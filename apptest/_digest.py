"""MD5, for ids and cache keys, without loading OpenSSL.

``hashlib`` loads the OpenSSL library when it is first imported, which costs a few
milliseconds; the interpreter's own ``_md5`` module gives the same digests, and is faster
for the short texts apptest hashes. ``hashlib.md5`` is the fallback for an interpreter
built without it.

Example:
    >>> md5(b"apptest", usedforsecurity=False).hexdigest()
    '93f57323e0205dffea729add44cb702b'
"""

from __future__ import annotations

try:
    from _md5 import md5
except ImportError:  # pragma: no cover - an interpreter built without its own MD5
    from hashlib import md5

__all__ = ["md5"]
