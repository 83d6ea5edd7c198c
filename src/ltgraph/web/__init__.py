"""The web layer: the app factory, the SPARQL protocol, linked data (see app.py)."""
