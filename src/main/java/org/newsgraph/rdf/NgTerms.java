package org.newsgraph.rdf;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * Looks up ng: terms named in data files (relation names in rules, event classes, statuses) among the
 * constants of {@link NG}, so that a rule cannot invent a term the ontology does not declare.
 */
public final class NgTerms {
  private static final ImmutableMap<String, RDFNode> TERMS = load();

  private NgTerms() {}

  private static ImmutableMap<String, RDFNode> load() {
    ImmutableMap.Builder<String, RDFNode> b = ImmutableMap.builder();
    for (Field f : NG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && RDFNode.class.isAssignableFrom(f.getType())) {
        try {
          RDFNode n = (RDFNode) f.get(null);
          b.put(n.asResource().getURI().substring(NG.NS.length()), n);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return b.buildKeepingLast();
  }

  public static boolean isProperty(String localName) {
    return TERMS.get(localName) instanceof Property;
  }

  public static boolean isTerm(String localName) {
    return TERMS.containsKey(localName);
  }

  public static Property property(String localName) {
    RDFNode n = TERMS.get(localName);
    if (!(n instanceof Property p)) {
      throw new IllegalArgumentException("not an ng: property: " + localName);
    }
    return p;
  }

  public static Resource resource(String localName) {
    RDFNode n = TERMS.get(localName);
    if (n == null) {
      throw new IllegalArgumentException("not an ng: term: " + localName);
    }
    return n.asResource();
  }
}
