"""Connecting statements across articles: when, who, issues, positions."""
