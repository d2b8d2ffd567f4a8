package vn.sotruong.cli;

import picocli.CommandLine.IVersionProvider;
import vn.sotruong.data.store.AppVersion;

/** The version the build stamped into the data module, which is also what the store records. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        AppVersion v = AppVersion.current();
        return new String[] {"Sổ Trường " + v.app() + " (H2 " + v.h2() + ", Java " + Runtime.version() + ")"};
    }
}
