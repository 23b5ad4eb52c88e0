"""briefing: a terminal browser for intelligence-style reports."""

__version__ = "0.1.0"
