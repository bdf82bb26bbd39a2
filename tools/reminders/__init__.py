"""Reminders and scheduled check-ins (issue 6, point 4): parse a request into a schedule,
describe it, find the check-in slots, and write a check-in message.

Pure functions over Pydantic models; nothing reads the clock (``now`` and the user's IANA
time zone are parameters).
"""
