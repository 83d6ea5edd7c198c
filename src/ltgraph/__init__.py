"""ltgraph: press releases about the Living Together mayors network, as a validated
knowledge graph."""

__version__ = "0.1.0"
