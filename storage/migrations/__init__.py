"""Alembic migrations of HireReady's schema (run them with storage.migrate.upgrade)."""
