package org.newsgraph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the pictures look, in one place: a colour per kind of node (from its {@code rdf:type}) and a colour
 * and line style per claim status, used by the neighbourhood graph's JSON and by the legends the pages
 * draw next to the graph and the timeline. Colours from the Okabe–Ito palette (readable with colour
 * blindness); the statuses differ in line style too.
 */
final class GraphStyle {
  /** A kind of node: the types it covers and its colour. */
  record Kind(String name, String color, Set<String> types) {}

  /** A claim status: its name (the local name of {@code ng:Status}), colour and cytoscape line style. */
  record Status(String name, String color, String lineStyle) {
    String key() {
      return name.toLowerCase(Locale.ROOT);
    }
  }

  static final List<Kind> KINDS = List.of(
      new Kind("Country", "#0072B2", Set.of("Country")),
      new Kind("Organization", "#E69F00", Set.of("Organization", "GovernmentAgency", "Legislature",
          "LegislativeCommittee", "PoliticalParty", "NewsOrganization")),
      new Kind("Person", "#009E73", Set.of("Person")),
      new Kind("Place", "#56B4E9", Set.of("Place", "City", "Port")),
      new Kind("Weapon", "#D55E00", Set.of("WeaponType")),
      new Kind("Event", "#CC79A7", Set.of("Event", "NamedEvent", "Transfer", "Briefing", "Cooperation",
          "AssetFreeze", "AssetSeizure", "Delegation", "Launch", "Meeting", "Agreement", "Attack",
          "Deployment", "Sanction")),
      new Kind("Other", "#999999", Set.of()));

  static final List<Status> STATUSES = List.of(
      new Status("Asserted", "#333333", "solid"),
      new Status("Reported", "#0072B2", "solid"),
      new Status("Estimated", "#E69F00", "dashed"),
      new Status("Predicted", "#56B4E9", "dashed"),
      new Status("Hedged", "#CC79A7", "dotted"),
      new Status("Unconfirmed", "#777777", "dotted"),
      new Status("Disputed", "#D55E00", "dashed"),
      new Status("Denied", "#B00020", "dotted"));

  /** The status of claims that say none. */
  static final Status UNKNOWN = new Status("Unknown", "#AAAAAA", "solid");

  private static final Map<String, String> DASHES = Map.of("solid", "", "dashed", "8 4", "dotted", "2 3");

  private GraphStyle() {}

  /** The kind of a node with these {@code ng:} type local names: the first kind that covers one. */
  static Kind kind(Iterable<String> typeNames) {
    for (Kind k : KINDS) {
      for (String t : typeNames) {
        if (k.types().contains(t)) {
          return k;
        }
      }
    }
    return KINDS.get(KINDS.size() - 1);
  }

  /** The status of this {@code ng:} local name, or {@link #UNKNOWN}. */
  static Status status(String localName) {
    return STATUSES.stream().filter(s -> s.name().equals(localName)).findFirst().orElse(UNKNOWN);
  }

  /** The legend of node colours and edge styles, as HTML with small inline SVG samples (no script). */
  static String legendHtml() {
    StringBuilder html = new StringBuilder(2048).append("<div class=\"legend\"><p>Nodes: ");
    for (Kind k : KINDS) {
      html.append("<span class=\"key\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\">")
          .append("<circle cx=\"6\" cy=\"6\" r=\"6\" fill=\"").append(k.color()).append("\"/></svg> ")
          .append(k.name()).append("</span> ");
    }
    html.append("</p><p>Claims: ").append(statusKeys()).append("</p></div>\n");
    return html.toString();
  }

  /** One sample line per status, for legends. */
  static String statusKeys() {
    StringBuilder html = new StringBuilder(1024);
    for (Status s : STATUSES) {
      html.append("<span class=\"key\"><svg width=\"34\" height=\"10\" aria-hidden=\"true\">")
          .append("<line x1=\"0\" y1=\"5\" x2=\"34\" y2=\"5\" stroke-width=\"3\" stroke=\"")
          .append(s.color()).append('"');
      String dash = DASHES.get(s.lineStyle());
      if (!dash.isEmpty()) {
        html.append(" stroke-dasharray=\"").append(dash).append('"');
      }
      html.append("/></svg> ").append(s.key()).append("</span> ");
    }
    return html.toString();
  }
}
