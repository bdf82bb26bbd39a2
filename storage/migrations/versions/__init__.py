"""Alembic revisions, one file each, named <revision>_<slug>.py."""
