"""Serialisation, one module per format, used by every part that reads or writes one.

- :mod:`ltgraph.formats.files`: which file extension is which RDF syntax (the store's load,
  ``ltgraph push``, the network exports and ``ltgraph validate`` all ask it);
- :mod:`ltgraph.formats.trig`: the canonical TriG of the built dataset (same graphs, same bytes);
- :mod:`ltgraph.formats.rdf`: statements written through pyoxigraph (documents, and the
  stores' dumps), and terms between rdflib and pyoxigraph;
- :mod:`ltgraph.formats.jsonld`: compacted JSON-LD with an inline context;
- :mod:`ltgraph.formats.sparql_results`: SPARQL query results read from JSON, written as JSON,
  XML, CSV and TSV.

Which format answers which request is content negotiation, in :mod:`ltgraph.web.mediatypes`.
The network exports (GraphML, GEXF, JSON, CSV of networkx graphs) are not RDF and live with
the networks, in :mod:`ltgraph.network.export`.
"""
