package vn.sotruong.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Gives every command the run's {@link CliContext} through its constructor, instead of a global. */
final class CommandFactory implements CommandLine.IFactory {
    private final CliContext ctx;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> c = type.getDeclaredConstructor(CliContext.class);
            return c.newInstance(ctx);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
