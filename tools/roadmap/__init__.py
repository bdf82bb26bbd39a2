"""Learning roadmaps: build, adapt, complete, explain and export (issue 5)."""
