package dev.ami.worldmodel.cli;

import picocli.CommandLine;

/** Version string from the jar manifest, or "dev" when run from classes. */
final class AmiVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = WorldModelCli.class.getPackage().getImplementationVersion();
        return new String[] {"ami " + (v == null ? "dev" : v)};
    }
}
