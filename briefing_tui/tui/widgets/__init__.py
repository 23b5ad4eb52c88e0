"""Widgets of the browser; each has its .tcss beside it."""
