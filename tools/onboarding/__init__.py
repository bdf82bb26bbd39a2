"""Onboarding: the first questions to a new user (target role, level, pace, hours per day,
time zone), read from short answers by a small pure state machine."""
