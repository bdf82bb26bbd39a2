"""The ``hr_users`` table: accounts, preferences and reminder settings."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import Boolean, CheckConstraint, Float, String, Time
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, id_column

USERNAME_LENGTH = 64
"""Longest username, in characters."""


class User(Base):
    """A person using the coach.

    ``password_hash`` is an argon2 hash, or NULL for a local operator account that only the
    terminal chat uses (no browser login). ``timezone`` is an IANA name ("Europe/Paris") used
    to turn UTC timestamps into the user's local days (streaks, reminders). ``hours_per_day``
    is the study time the user plans per day, in hours. ``reminder_time`` is a local time of
    day in the user's time zone; ``reminder_days`` the check-in days as a cron day list
    (``"mon,wed,fri"``, NULL for every day); ``reminder_frequency`` a label of those days
    (``daily``, ``weekdays``, ``weekends``, ``custom``).
    """

    __tablename__ = "hr_users"
    __table_args__ = (
        CheckConstraint(
            "hours_per_day IS NULL OR (hours_per_day > 0 AND hours_per_day <= 24)",
            name="hours_per_day_range",
        ),
    )

    id: Mapped[str] = id_column()
    username: Mapped[str] = mapped_column(String(USERNAME_LENGTH), unique=True)
    email: Mapped[str | None] = mapped_column(String(255), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(String(255))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    target_role: Mapped[str | None] = mapped_column(String(255))
    experience_level: Mapped[str | None] = mapped_column(String(32))
    learning_pace: Mapped[str | None] = mapped_column(String(32))
    hours_per_day: Mapped[float | None] = mapped_column(Float)
    reminder_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder_time: Mapped[time | None] = mapped_column(Time)
    reminder_frequency: Mapped[str | None] = mapped_column(String(16))
    reminder_days: Mapped[str | None] = mapped_column(String(32))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    active_resume_id: Mapped[str | None] = mapped_column(String(36))
    active_job_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = created_column()
    last_active: Mapped[datetime | None] = mapped_column()
