package org.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"newsgraph " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"};
  }
}
