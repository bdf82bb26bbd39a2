"""Quality measures (`make eval`): intent routing, resume parsing, gap analysis."""
