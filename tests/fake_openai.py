"""A fake OpenAI-compatible chat-completions server on 127.0.0.1 for the LLM path tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def completion(content: str | None = None,
               tool_call: tuple[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """A chat.completion body with either text or one tool call."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    finish = "stop"
    if tool_call:
        name, args = tool_call
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": name, "arguments": json.dumps(args)}}]
        finish = "tool_calls"
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "fake",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


@contextmanager
def fake_openai(responses: list[dict[str, Any]], status: int = 200, delay_s: float = 0.0
                ) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Serve ``responses`` in order, each after ``delay_s`` seconds; yields (base URL, list
    of received request bodies)."""
    received: list[dict[str, Any]] = []
    queue = list(responses)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            length = int(self.headers.get("Content-Length", 0))
            received.append(json.loads(self.rfile.read(length) or b"{}"))
            time.sleep(delay_s)
            body = json.dumps(queue.pop(0) if queue and status == 200
                              else {"error": {"message": "boom"}}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client gave up waiting (a timeout test)

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", received
    finally:
        server.shutdown()
        server.server_close()
