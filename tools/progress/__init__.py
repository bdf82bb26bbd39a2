"""Progress from plain chat: parsing activities, metrics, streaks and motivation (issue 6).

Pure functions over Pydantic models; nothing reads the clock (``now``/``today`` and the
user's IANA time zone are parameters).
"""
