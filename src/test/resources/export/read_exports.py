"""Reads newsgraph exports with Debian's python3-rdflib and python3-networkx; prints one JSON object.

  rdf FILE FORMAT REFERENCE.nq quads      -> {"count": quads, "isomorphic": every graph isomorphic to the reference's}
  rdf FILE FORMAT REFERENCE.nt triples    -> {"count": triples, "isomorphic": isomorphic to the reference}
  graphml FILE | gexf FILE                -> {"nodes": n, "edges": m, "labels": [...]}
"""
import json
import sys


def graphs_by_name(dataset):
    import rdflib
    out = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if hasattr(g, "identifier") else g
        out.setdefault(name, rdflib.Graph()).add((s, p, o))
    return out


def rdf(path, fmt, reference, kind):
    import rdflib
    from rdflib.compare import isomorphic
    if kind == "quads":
        got, ref = rdflib.Dataset(), rdflib.Dataset()
        got.parse(path, format=fmt)
        ref.parse(reference, format="nquads")
        a, b = graphs_by_name(got), graphs_by_name(ref)
        same = set(a) == set(b) and all(isomorphic(a[n], b[n]) for n in a)
        return {"count": sum(len(g) for g in a.values()), "isomorphic": same}
    got = rdflib.Graph().parse(path, format=fmt)
    ref = rdflib.Graph().parse(reference, format="nt")
    return {"count": len(got), "isomorphic": isomorphic(got, ref)}


def network(kind, path):
    import networkx
    g = networkx.read_graphml(path) if kind == "graphml" else networkx.read_gexf(path)
    labels = sorted(str(d.get("label", "")) for _, d in g.nodes(data=True))
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "labels": labels}


if __name__ == "__main__":
    if sys.argv[1] == "rdf":
        print(json.dumps(rdf(*sys.argv[2:6])))
    else:
        print(json.dumps(network(sys.argv[1], sys.argv[2])))
