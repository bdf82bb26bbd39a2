"""Property 38: beyond 100 messages within 60 seconds a user is refused with a clear message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.rate_limit import WINDOW_S, MessageRateLimiter
from agent.runtime import Runtime
from agent.settings import Settings


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_101st_message_within_a_minute_is_refused_and_the_others_pass() -> None:
    clock = FakeClock()
    limiter = MessageRateLimiter(100, clock=clock)
    passed = []
    for _ in range(101):
        passed.append(limiter.allow("ada"))
        clock.now += 0.5  # 101 messages in 50.5 s
    assert passed == [True] * 100 + [False]
    assert limiter.retry_after("ada") == 10  # the first left at 1060; now is 1050.5


def test_the_window_slides_one_message_at_a_time() -> None:
    clock = FakeClock()
    limiter = MessageRateLimiter(2, clock=clock)
    assert limiter.allow("ada")
    clock.now += 30
    assert limiter.allow("ada")
    assert not limiter.allow("ada")
    clock.now += 30  # the first message is now exactly 60 s old: out of the window
    assert limiter.allow("ada")
    assert not limiter.allow("ada")
    assert limiter.retry_after("ada") == 30


def test_refused_messages_do_not_extend_the_wait() -> None:
    clock = FakeClock()
    limiter = MessageRateLimiter(1, clock=clock)
    assert limiter.allow("ada")
    for _ in range(50):
        clock.now += 1
        assert not limiter.allow("ada")
    clock.now += WINDOW_S - 50
    assert limiter.allow("ada")


def test_users_are_counted_apart_and_zero_means_no_limit() -> None:
    clock = FakeClock()
    limiter = MessageRateLimiter(1, clock=clock)
    assert limiter.allow("ada") and limiter.allow("bob")
    assert not limiter.allow("ada")
    assert limiter.retry_after("bob") == 60
    off = MessageRateLimiter(0, clock=clock)
    assert all(off.allow("ada") for _ in range(500))
    assert off.retry_after("ada") == 0


@given(st.lists(st.floats(min_value=0, max_value=5), min_size=1, max_size=300))
def test_rate_limit_never_more_than_the_limit_within_any_window(gaps: list[float]) -> None:
    """Property 38: whatever the timing, no 60-second window holds more than the limit of
    accepted messages, and a message is refused only when the limit is reached."""
    clock = FakeClock()
    limiter = MessageRateLimiter(100, clock=clock)
    accepted: list[float] = []
    for gap in gaps:
        clock.now += gap
        recent = [t for t in accepted if t > clock.now - WINDOW_S]
        allowed = limiter.allow("ada")
        assert allowed == (len(recent) < 100)
        if allowed:
            accepted.append(clock.now)


@pytest.fixture
def limited(fresh_prepared_dir: Path) -> Iterator[tuple[Runtime, FakeClock]]:
    clock = FakeClock()
    runtime = Runtime(Settings(data_dir=fresh_prepared_dir),
                      limiter=MessageRateLimiter(3, clock=clock))
    yield runtime, clock
    runtime.close()


def test_runtime_refuses_over_the_limit_with_a_next_step_and_runs_nothing(
        limited: tuple[Runtime, FakeClock]) -> None:
    runtime, clock = limited
    user = runtime.ensure_user("ada")[0].id
    for _ in range(3):
        assert not runtime.chat(user, "t", "hello").rate_limited
        clock.now += 1
    before = len(runtime.history(user, "t"))

    refused = runtime.chat(user, "t", "show my profile")

    assert refused.rate_limited
    assert refused.tool_calls == []
    assert "3 messages within a minute" in refused.reply
    assert "**Next step:** Wait 57 seconds" in refused.reply
    assert len(runtime.history(user, "t")) == before  # the graph never saw it
    other = runtime.ensure_user("bob")[0].id
    assert not runtime.chat(other, "t", "hello").rate_limited
    clock.now += 57
    assert not runtime.chat(user, "t", "hello").rate_limited


def test_default_limit_is_100_per_minute(data_dir: Path) -> None:
    assert Settings().rate_limit == 100
    assert MessageRateLimiter(Settings().rate_limit).window_s == 60.0
