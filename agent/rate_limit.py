"""Messages per user per minute (Property 38): a sliding-window limit on chat turns.

:class:`MessageRateLimiter` keeps, for each user, the moments of the messages it let through
during the last window. A message is let through while fewer than ``limit`` of them are
younger than the window; a refused message is not counted, so a user who keeps sending gets
through again as soon as the oldest counted message leaves the window.

The counts live in the memory of one process: the web app, a terminal chat and every face in
that process share them (they all go through :meth:`agent.runtime.Runtime.chat`), while two
app instances each count on their own.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 60.0
"""Length of the window in seconds (Property 38: "more than 100 messages within 60 seconds")."""


class MessageRateLimiter:
    """A sliding-window message limit per user, safe to share between threads.

    Args:
        limit: Most messages let through per user within ``window_s``; 0 lets every
            message through.
        window_s: Window length in seconds (default :data:`WINDOW_S`).
        clock: Monotonic seconds (default :func:`time.monotonic`; tests pass a fake clock).
    """

    def __init__(self, limit: int, window_s: float = WINDOW_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._lock = threading.Lock()
        self._sent: dict[str, deque[float]] = {}

    def allow(self, user_id: str) -> bool:
        """Count a message of ``user_id`` and say whether it may be answered.

        Returns:
            True when fewer than ``limit`` messages of this user were let through within the
            window (the message is then counted); False otherwise (it is not counted).
        """
        if self.limit <= 0:
            return True
        now = self._clock()
        with self._lock:
            sent = self._recent(user_id, now)
            if len(sent) >= self.limit:
                return False
            sent.append(now)
            return True

    def retry_after(self, user_id: str) -> int:
        """Whole seconds until ``user_id`` may send again (0 when they may now)."""
        if self.limit <= 0:
            return 0
        now = self._clock()
        with self._lock:
            sent = self._recent(user_id, now)
            if len(sent) < self.limit:
                return 0
            return max(1, math.ceil(sent[0] + self.window_s - now))

    def _recent(self, user_id: str, now: float) -> deque[float]:
        """The user's counted moments still inside the window (older ones dropped)."""
        sent = self._sent.setdefault(user_id, deque())
        while sent and sent[0] <= now - self.window_s:
            sent.popleft()
        if len(self._sent) > 1024:  # forget users with nothing left in their window
            for other in [u for u, s in self._sent.items() if not s and u != user_id]:
                del self._sent[other]
        return sent
