"""Interview questions written for the scoring tests (not from the calibration set)."""

from __future__ import annotations

from tools.interview.models import Question

PROCESS_VS_THREAD = Question(
    id="os-process-thread",
    text="What is the difference between a process and a thread?",
    type="technical",
    key_points=[
        "A process has its own private address space; threads of one process share its memory",
        "Creating and switching threads is cheaper than creating and switching processes",
        "Threads sharing memory need synchronisation such as locks to avoid race conditions",
        "A crash in one process does not corrupt another process, while a faulty thread can "
        "bring down its whole process",
    ],
    misconceptions=[
        "Threads of the same process each get their own copy of the heap memory",
        "Threads never need locks because the operating system serialises them",
    ],
)
MISSED_DEADLINE = Question(
    id="beh-priorities",
    text="Tell me about a time you had to juggle competing priorities.",
    type="behavioral",
    key_points=[
        "Situation: the competing demands and why they clashed",
        "Task: what the candidate was accountable for",
        "Action: how the candidate ranked, negotiated and executed the work",
        "Result: the measurable outcome and what the candidate would repeat",
    ],
)
