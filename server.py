"""WSGI entry point: ``app`` for any WSGI server; ``python server.py`` serves it with waitress.

Settings come from the environment (``LTGRAPH_*``, see docs/server.md) and their defaults.
"""

from ltgraph.web.app import create_app

app = create_app()

if __name__ == "__main__":
    from ltgraph.web.serve import serve_app

    serve_app(app)
