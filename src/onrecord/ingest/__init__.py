"""Turning inputs into texts to analyze; ingest never analyzes."""
